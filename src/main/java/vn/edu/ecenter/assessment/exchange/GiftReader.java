package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.exchange.ImportResult.Entry;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;

/**
 * Reads Moodle's GIFT text format: questions separated by blank lines, {@code // comments}, {@code ::title::}, {@code
 * [html]}/{@code [markdown]} format tags, {@code $CATEGORY:} lines (the topic of the questions after them), and the
 * answer block in braces: {@code =right ~wrong} (single choice), {@code ~%50%…} (multiple response), {@code T}/{@code F}
 * (a single choice between "Đúng" and "Sai"), only {@code =} answers (short answer), {@code #3.14:0.01} or {@code
 * #1..5} (numeric), {@code =prompt -> answer} (matching), {@code {}} (essay), and {@code ####general feedback}. Text
 * after the braces makes a missing-word question: a cloze with one gap. Per-answer feedback ({@code #…}) has no place in
 * our model: it is dropped with a note.
 */
final class GiftReader {

    private static final String SPECIALS = "~=#{}:\\";

    private String topic = "";
    private int number;

    static ImportResult read(byte[] content) {
        return new GiftReader().readAll(PlainText.decode(content, "GIFT"));
    }

    private ImportResult readAll(String text) {
        List<Entry> entries = new ArrayList<>();
        for (PlainText.Block block : PlainText.blocks(text, line -> line.strip().startsWith("//"))) {
            List<String> lines = new ArrayList<>(block.lines());
            int line = block.line();
            while (!lines.isEmpty() && lines.getFirst().strip().startsWith("$CATEGORY:")) {
                topic = category(lines.removeFirst().strip().substring("$CATEGORY:".length()));
                line++;
            }
            if (!lines.isEmpty()) {
                entries.add(question(String.join("\n", lines), line));
            }
        }
        return new ImportResult(entries, List.of());
    }

    /** The topic of a category path: "$course$/top/Đại số/Hàm số" is "Đại số/Hàm số". */
    static String category(String path) {
        String topic = path.strip().replaceFirst("^\\$[a-z0-9]+\\$/", "");
        return topic.replaceFirst("^top(/|$)", "").strip();
    }

    private Entry question(String block, int line) {
        number++;
        String rest = block.strip();
        String title = "";
        if (rest.startsWith("::")) {
            int end = unescaped(rest, "::", 2);
            if (end > 0) {
                title = unescape(rest.substring(2, end)).strip();
                rest = rest.substring(end + 2).strip();
            }
        }
        String item = Wording.text(
                "assessment.exchange.item.numbered",
                number,
                line,
                title.isEmpty() ? Wording.excerpt(unescape(beforeAnswers(rest))) : title);
        try {
            return parse(item, title, rest);
        } catch (QuestionProblem e) {
            return new ImportResult.Rejected(item, e.getMessage());
        }
    }

    private static String beforeAnswers(String text) {
        int open = unescaped(text, "{", 0);
        return open < 0 ? text : text.substring(0, open);
    }

    private Entry parse(String item, String title, String rest) {
        List<String> notes = new ArrayList<>();
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            String format = close > 0 ? rest.substring(1, close) : "";
            if (format.matches("html|moodle|plain|markdown")) {
                if (format.equals("markdown")) {
                    notes.add(Wording.text("assessment.exchange.note.markdown"));
                }
                rest = rest.substring(close + 1).strip();
            }
        }
        int open = unescaped(rest, "{", 0);
        if (open < 0) {
            throw QuestionProblem.of("assessment.exchange.gift.noAnswers");
        }
        int close = unescaped(rest, "}", open + 1);
        if (close < 0) {
            throw QuestionProblem.of("assessment.exchange.gift.unclosed");
        }
        String before = unescape(rest.substring(0, open)).strip();
        String after = unescape(rest.substring(close + 1)).strip();
        String answers = rest.substring(open + 1, close);
        String feedback = null;
        int general = unescaped(answers, "####", 0);
        if (general >= 0) {
            feedback = unescape(answers.substring(general + 4)).strip();
            answers = answers.substring(0, general);
        }
        Body body = body(answers.strip(), notes);
        Metadata metadata = new Metadata(title, null, topic.isEmpty() ? null : topic, null, null, List.of());
        if (after.isEmpty()) {
            return ImportResult.checked(item, new Question(before, body, blankToNull(feedback)), metadata, notes);
        }
        if (!(body instanceof Body.ShortAnswer
                || body instanceof Body.Numeric
                || (body instanceof Body.Choice choice && !choice.multiple()))) {
            throw QuestionProblem.of("assessment.exchange.gift.missingWordKind");
        }
        String text = (before + " [[1]] " + after).strip();
        Body cloze = new Body.Cloze(text, List.of(new Body.Gap(body, 1)));
        return ImportResult.checked(item, new Question("", cloze, blankToNull(feedback)), metadata, notes);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Body body(String answers, List<String> notes) {
        if (answers.isEmpty()) {
            return new Body.Essay(List.of());
        }
        if (answers.startsWith("#")) {
            return numeric(answers.substring(1).strip(), notes);
        }
        String head = answers.split("#", 2)[0].strip();
        if (head.matches("T|TRUE|F|FALSE")) {
            if (answers.contains("#")) {
                notes.add(Wording.text("assessment.exchange.note.optionFeedback"));
            }
            boolean isTrue = head.startsWith("T");
            return new Body.Choice(
                    false,
                    List.of(
                            new Option("A", "Đúng", isTrue ? BigDecimal.ONE : BigDecimal.ZERO),
                            new Option("B", "Sai", isTrue ? BigDecimal.ZERO : BigDecimal.ONE)),
                    false);
        }
        List<Answer> list = split(answers);
        if (list.isEmpty()) {
            throw QuestionProblem.of("assessment.exchange.gift.noAnswers");
        }
        if (list.stream().anyMatch(Answer::hasFeedback)) {
            notes.add(Wording.text("assessment.exchange.note.optionFeedback"));
        }
        if (list.stream().allMatch(a -> a.marker == '=') && list.stream().anyMatch(a -> a.text.contains("->"))) {
            return matching(list);
        }
        if (list.stream().allMatch(a -> a.marker == '=')) {
            return new Body.ShortAnswer(
                    list.stream()
                            .map(a -> new Accepted(a.text, weightOr(a.weight, BigDecimal.ONE, false)))
                            .toList(),
                    false);
        }
        boolean single = list.stream().anyMatch(a -> a.marker == '=');
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Answer a = list.get(i);
            BigDecimal weight = a.marker == '='
                    ? weightOr(a.weight, BigDecimal.ONE, true)
                    : weightOr(a.weight, BigDecimal.ZERO, true);
            options.add(new Option(Keys.option(i), a.text, weight));
        }
        boolean multiple = !single && options.stream().anyMatch(Option::right);
        return new Body.Choice(multiple, options, true);
    }

    private static BigDecimal weightOr(@Nullable String weight, BigDecimal otherwise, boolean negativeAllowed) {
        if (weight == null) {
            return otherwise;
        }
        BigDecimal share = Weights.percent(weight);
        if (!negativeAllowed && share.signum() < 0) {
            throw QuestionProblem.of("assessment.exchange.weight", weight);
        }
        return share;
    }

    private static Body matching(List<Answer> list) {
        List<Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (Answer a : list) {
            int arrow = a.text.indexOf("->");
            if (arrow < 0) {
                throw QuestionProblem.of("assessment.exchange.gift.matchingArrow", a.text);
            }
            String prompt = a.text.substring(0, arrow).strip();
            String answer = a.text.substring(arrow + 2).strip();
            if (prompt.isEmpty()) {
                distractors.add(answer);
            } else {
                pairs.add(new Pair(Keys.number(pairs.size()), prompt, answer));
            }
        }
        return new Body.Matching(pairs, distractors);
    }

    /** {@code 3.14:0.01}, {@code 1..5}, {@code 2}, or several {@code =%50%3.1:0.1} answers. */
    private static Body numeric(String answers, List<String> notes) {
        List<NumericAnswer> accepted = new ArrayList<>();
        if (answers.startsWith("=") || answers.startsWith("~")) {
            for (Answer a : split(answers)) {
                if (a.hasFeedback) {
                    notes.add(Wording.text("assessment.exchange.note.optionFeedback"));
                }
                BigDecimal weight = weightOr(a.weight, a.marker == '=' ? BigDecimal.ONE : BigDecimal.ZERO, false);
                accepted.add(number(a.text, weight));
            }
        } else {
            int hash = unescaped(answers, "#", 0);
            if (hash >= 0) {
                notes.add(Wording.text("assessment.exchange.note.optionFeedback"));
                answers = answers.substring(0, hash);
            }
            accepted.add(number(unescape(answers).strip(), BigDecimal.ONE));
        }
        return new Body.Numeric(accepted, null);
    }

    private static NumericAnswer number(String text, BigDecimal weight) {
        String[] range = text.split("\\.\\.", 2);
        if (range.length == 2) {
            BigDecimal low = Weights.number(range[0]);
            BigDecimal high = Weights.number(range[1]);
            if (low == null || high == null || low.compareTo(high) > 0) {
                throw QuestionProblem.of("assessment.exchange.gift.number", text);
            }
            BigDecimal two = BigDecimal.valueOf(2);
            return new NumericAnswer(
                    Weights.canonical(low.add(high).divide(two)),
                    Weights.canonical(high.subtract(low).divide(two)),
                    weight);
        }
        String[] parts = text.split(":", 2);
        BigDecimal value = Weights.number(parts[0]);
        BigDecimal tolerance = parts.length == 2 ? Weights.number(parts[1]) : BigDecimal.ZERO;
        if (value == null || tolerance == null || tolerance.signum() < 0) {
            throw QuestionProblem.of("assessment.exchange.gift.number", text);
        }
        return new NumericAnswer(Weights.canonical(value), Weights.canonical(tolerance), weight);
    }

    /** An answer of the block: its marker, its "%50%" weight if any, its text (feedback cut off and unescaped). */
    private record Answer(char marker, @Nullable String weight, String text, boolean hasFeedback) {}

    private static List<Answer> split(String answers) {
        List<Answer> list = new ArrayList<>();
        int start = -1;
        char marker = 0;
        for (int i = 0; i <= answers.length(); i++) {
            boolean end = i == answers.length();
            char c = end ? 0 : answers.charAt(i);
            if (!end && c == '\\') {
                i++;
                continue;
            }
            if (end || c == '=' || c == '~') {
                if (start >= 0) {
                    list.add(answer(marker, answers.substring(start, i)));
                } else if (!end && !answers.substring(0, i).isBlank()) {
                    throw QuestionProblem.of(
                            "assessment.exchange.gift.noMarker",
                            answers.substring(0, i).strip());
                }
                marker = c;
                start = i + 1;
            }
        }
        return list;
    }

    private static Answer answer(char marker, String raw) {
        String text = raw.strip();
        String weight = null;
        if (text.startsWith("%")) {
            int close = text.indexOf('%', 1);
            if (close < 0) {
                throw QuestionProblem.of("assessment.exchange.weight", text);
            }
            weight = text.substring(1, close);
            text = text.substring(close + 1).strip();
        }
        int hash = unescaped(text, "#", 0);
        boolean feedback = hash >= 0;
        if (feedback) {
            text = text.substring(0, hash);
        }
        return new Answer(marker, weight, unescape(text).strip(), feedback);
    }

    /** The index of {@code token} at or after {@code from} that no backslash escapes, or −1. */
    static int unescaped(String text, String token, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (SPECIALS.indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
