package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;

/**
 * Moodle's embedded answers (Cloze, {@code multianswer}) both ways: {@code {1:MULTICHOICE:=Hà Nội~Huế}}, {@code
 * {2:SHORTANSWER:=mặt trời}}, {@code {1:NUMERICAL:=3.14:0.01}} in a text become our gaps {@code [[1]]}, {@code [[2]]} …
 * and back. The number before the type is the gap's weight. In answers, {@code } # ~ / " \} are escaped with a
 * backslash.
 */
final class ClozeCodes {

    static final Pattern CODE = Pattern.compile("\\{(\\d*):([A-Za-z_]+):((?:\\\\.|[^}\\\\])*)}");

    private static final String SPECIALS = "}#~/\"\\";

    private ClozeCodes() {}

    /** The text with each code replaced by its gap marker, and the gaps. */
    record Parsed(String text, List<Body.Gap> gaps) {}

    static Parsed parse(String text, List<String> notes) {
        Matcher matcher = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Body.Gap> gaps = new ArrayList<>();
        while (matcher.find()) {
            int weight = matcher.group(1).isEmpty() ? 1 : Integer.parseInt(matcher.group(1));
            Body body = gap(matcher.group(2).toUpperCase(Locale.ROOT), matcher.group(3), notes);
            gaps.add(new Body.Gap(body, Math.max(weight, 1)));
            matcher.appendReplacement(out, Matcher.quoteReplacement("[[" + gaps.size() + "]]"));
        }
        matcher.appendTail(out);
        return new Parsed(out.toString(), gaps);
    }

    private static Body gap(String type, String answers, List<String> notes) {
        List<String[]> parsed = answers(answers, notes);
        switch (type) {
            case "MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH" -> {
                return choice(parsed, false);
            }
            case "MULTICHOICE_S", "MCS", "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS" -> {
                return choice(parsed, true);
            }
            case "SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC" -> {
                List<Accepted> accepted = new ArrayList<>();
                for (String[] a : parsed) {
                    accepted.add(new Accepted(a[1], nonNegative(a[0])));
                }
                return new Body.ShortAnswer(accepted, type.endsWith("C"));
            }
            case "NUMERICAL", "NM" -> {
                List<NumericAnswer> accepted = new ArrayList<>();
                for (String[] a : parsed) {
                    String[] parts = a[1].split(":", 2);
                    BigDecimal value = Weights.number(parts[0]);
                    BigDecimal tolerance = parts.length == 2 ? Weights.number(parts[1]) : BigDecimal.ZERO;
                    if (value == null || tolerance == null || tolerance.signum() < 0) {
                        throw QuestionProblem.of("assessment.exchange.gift.number", a[1]);
                    }
                    accepted.add(new NumericAnswer(
                            Weights.canonical(value), Weights.canonical(tolerance), nonNegative(a[0])));
                }
                return new Body.Numeric(accepted, null);
            }
            default -> throw QuestionProblem.of("assessment.exchange.cloze.gapType", type);
        }
    }

    private static BigDecimal nonNegative(String weight) {
        BigDecimal share = Weights.percent(weight);
        if (share.signum() < 0) {
            throw QuestionProblem.of("assessment.exchange.weight", weight);
        }
        return share;
    }

    private static Body.Choice choice(List<String[]> parsed, boolean shuffle) {
        List<Option> options = new ArrayList<>();
        for (String[] a : parsed) {
            options.add(new Option(Keys.option(options.size()), a[1], Weights.percent(a[0])));
        }
        return new Body.Choice(false, options, shuffle);
    }

    /** Each answer as {percentage, text}; "=" is 100, no mark is 0; feedback after "#" is dropped with a note. */
    private static List<String[]> answers(String answers, List<String> notes) {
        List<String[]> parsed = new ArrayList<>();
        for (String raw : split(answers, '~')) {
            String text = raw;
            String weight = "0";
            if (text.startsWith("=")) {
                weight = "100";
                text = text.substring(1);
            } else if (text.startsWith("%")) {
                int close = text.indexOf('%', 1);
                if (close < 0) {
                    throw QuestionProblem.of("assessment.exchange.weight", text);
                }
                weight = text.substring(1, close);
                text = text.substring(close + 1);
            }
            List<String> withFeedback = split(text, '#');
            if (withFeedback.size() > 1 && !withFeedback.get(1).isBlank()) {
                String note = Wording.text("assessment.exchange.note.optionFeedback");
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
            parsed.add(new String[] {weight, unescape(withFeedback.getFirst()).strip()});
        }
        return parsed;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "\{" is not among Moodle's escapes, but teachers write it; it can only mean "{".
            if (c == '\\' && i + 1 < text.length() && (SPECIALS + "{").indexOf(text.charAt(i + 1)) >= 0) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The code of a gap, written back: {@code {2:MULTICHOICE_S:%100%Hà Nội~%0%Huế}}. */
    static String code(Body.Gap gap, List<String> losses) {
        StringBuilder out = new StringBuilder("{").append(gap.weight()).append(':');
        switch (gap.body()) {
            case Body.Choice choice -> {
                out.append(choice.shuffle() ? "MULTICHOICE_S:" : "MULTICHOICE:");
                List<String> answers = new ArrayList<>();
                choice.options()
                        .forEach(o -> answers.add("%" + Weights.asPercent(o.weight()) + "%" + escape(o.text())));
                out.append(String.join("~", answers));
            }
            case Body.ShortAnswer shortAnswer -> {
                out.append(shortAnswer.caseSensitive() ? "SHORTANSWER_C:" : "SHORTANSWER:");
                List<String> answers = new ArrayList<>();
                shortAnswer
                        .accepted()
                        .forEach(a -> answers.add("%" + Weights.asPercent(a.weight()) + "%" + escape(a.text())));
                out.append(String.join("~", answers));
            }
            case Body.Numeric numeric -> {
                out.append("NUMERICAL:");
                List<String> answers = new ArrayList<>();
                numeric.accepted()
                        .forEach(a -> answers.add("%" + Weights.asPercent(a.weight()) + "%" + Weights.plain(a.value())
                                + ":" + Weights.plain(a.tolerance())));
                out.append(String.join("~", answers));
                if (numeric.unit() != null) {
                    losses.add(Wording.text("assessment.exchange.loss.gapUnit", numeric.unit()));
                }
            }
            default -> throw new IllegalArgumentException("A gap is never " + gap.body());
        }
        return out.append('}').toString();
    }
}
