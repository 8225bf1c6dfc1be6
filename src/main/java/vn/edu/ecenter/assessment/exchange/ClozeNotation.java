package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Option;

/**
 * A cloze text as the question editor shows it: Moodle's embedded answers in place of the gaps, e.g. {@code Thủ đô là
 * {1:MULTICHOICE:=Hà Nội~Huế}, sông dài nhất là {1:SHORTANSWER:=Mê Kông}} — the notation imports read, so a teacher
 * who knows Moodle writes it the same way, and an imported cloze question comes back into the editor unchanged.
 */
public final class ClozeNotation {

    private ClozeNotation() {}

    /** The text with each gap {@code [[n]]} written as its code. */
    public static String write(Body.Cloze cloze) {
        Matcher matcher = Body.Cloze.GAP.matcher(cloze.text());
        StringBuilder out = new StringBuilder();
        List<String> losses = new ArrayList<>();
        while (matcher.find()) {
            int number = Integer.parseInt(matcher.group(1));
            String replacement = number >= 1 && number <= cloze.gaps().size()
                    ? ClozeCodes.code(cloze.gaps().get(number - 1), losses)
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The cloze the written text describes; what cannot be read goes to {@code problems} in Vietnamese. Against the
     * {@code previous} version, a gap's option keys and unit are kept where its options read the same (the notation
     * holds neither).
     */
    public static Body.Cloze read(String written, Body.@Nullable Cloze previous, List<String> problems) {
        List<String> notes = new ArrayList<>();
        ClozeCodes.Parsed parsed;
        try {
            parsed = ClozeCodes.parse(written, notes);
        } catch (QuestionProblem problem) {
            problems.add(problem.getMessage());
            return new Body.Cloze(written.strip(), List.of());
        }
        problems.addAll(notes);
        List<Body.Gap> gaps = new ArrayList<>();
        for (int i = 0; i < parsed.gaps().size(); i++) {
            Body.Gap gap = parsed.gaps().get(i);
            Body.@Nullable Gap before = previous != null && i < previous.gaps().size()
                    ? previous.gaps().get(i)
                    : null;
            gaps.add(before == null ? gap : kept(gap, before));
        }
        return new Body.Cloze(parsed.text().strip(), gaps);
    }

    private static Body.Gap kept(Body.Gap gap, Body.Gap before) {
        if (gap.body() instanceof Body.Choice choice && before.body() instanceof Body.Choice old) {
            List<Option> options = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (int i = 0; i < choice.options().size(); i++) {
                Option option = choice.options().get(i);
                String key = option.key();
                if (i < old.options().size()
                        && old.options().get(i).text().equals(option.text())
                        && !used.contains(old.options().get(i).key())) {
                    key = old.options().get(i).key();
                }
                used.add(key);
                options.add(new Option(key, option.text(), option.weight()));
            }
            boolean unique = used.stream().distinct().count() == used.size();
            return unique ? new Body.Gap(new Body.Choice(false, options, choice.shuffle()), gap.weight()) : gap;
        }
        if (gap.body() instanceof Body.Numeric numeric
                && before.body() instanceof Body.Numeric old
                && old.unit() != null) {
            return new Body.Gap(new Body.Numeric(numeric.accepted(), old.unit()), gap.weight());
        }
        return gap;
    }
}
