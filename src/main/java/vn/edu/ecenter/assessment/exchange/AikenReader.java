package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.exchange.ImportResult.Entry;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;

/**
 * Reads the Aiken format: a question's text, its options "A. …" or "A) …", one per line, and "ANSWER: B". Questions are
 * usually separated by a blank line; a text spread over several lines before the options is kept whole. "ANSWER: A, C"
 * (not in Moodle's Aiken, but written by teachers) makes a multiple-response question.
 */
final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("^([A-Za-z])\\s*[.)]\\s+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> stem = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private int start;
    private int number;

    static ImportResult read(byte[] content) {
        var reader = new AikenReader();
        String[] lines = PlainText.decode(content, "Aiken").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.line(lines[i].strip(), i + 1);
        }
        reader.finish(null);
        return new ImportResult(reader.entries, List.of());
    }

    private void line(String line, int number) {
        if (line.isEmpty()) {
            return;
        }
        Matcher answer = ANSWER.matcher(line);
        if (answer.matches()) {
            if (stem.isEmpty() && options.isEmpty()) {
                start = number;
            }
            finish(answer.group(1).strip());
            return;
        }
        Matcher option = OPTION.matcher(line);
        if (option.matches() && !stem.isEmpty()) {
            options.put(
                    option.group(1).toUpperCase(java.util.Locale.ROOT),
                    option.group(2).strip());
            return;
        }
        if (!options.isEmpty()) {
            finish(null);
        }
        if (stem.isEmpty()) {
            start = number;
        }
        stem.add(line);
    }

    /** Ends the question being read, with its answer line, or without one (an error unless nothing was read). */
    private void finish(@Nullable String answer) {
        if (stem.isEmpty() && options.isEmpty() && answer == null) {
            return;
        }
        number++;
        String text = String.join("\n", stem);
        String item = Wording.text("assessment.exchange.item.numbered", number, start, Wording.excerpt(text));
        entries.add(entry(item, text, answer));
        stem.clear();
        options.clear();
    }

    private Entry entry(String item, String text, @Nullable String answer) {
        if (answer == null) {
            return new ImportResult.Rejected(item, Wording.text("assessment.exchange.aiken.noAnswer"));
        }
        List<String> letters = List.of(answer.toUpperCase(java.util.Locale.ROOT).split("\\s*[,;]\\s*"));
        for (String letter : letters) {
            if (!options.containsKey(letter)) {
                return new ImportResult.Rejected(
                        item,
                        Wording.text(
                                "assessment.exchange.aiken.unknownAnswer",
                                answer,
                                String.join(", ", options.keySet())));
            }
        }
        List<String> keys = List.copyOf(options.keySet());
        Body.Choice body = letters.size() == 1
                ? new Body.Choice(
                        false,
                        keys.stream()
                                .map(k -> letters.contains(k)
                                        ? Option.right(k, options.get(k))
                                        : Option.wrong(k, options.get(k)))
                                .toList(),
                        true)
                : Body.Choice.multiple(
                        keys,
                        keys.stream().map(options::get).toList(),
                        keys.stream().map(letters::contains).toList());
        return ImportResult.checked(item, new Question(text, body, null), Metadata.none(), List.of());
    }
}
