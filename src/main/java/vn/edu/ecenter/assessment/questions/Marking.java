package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Marks an answer: the share of the question's points it earns, from 0 to 1, as an exact decimal. The four-statement
 * question earns by the number of statements judged right from a table; the national exam's table (0 · 0,1 · 0,25 ·
 * 0,5 · 1 of a one-point question for 0 to 4 right) is {@link #NATIONAL_EXAM_STATEMENTS}, and a centre may use another.
 * Essays have no share until a teacher marks them.
 */
public final class Marking {

    /** Shares of a four-statement question for 0, 1, 2, 3 and 4 statements judged right (2025 national exam). */
    public static final List<BigDecimal> NATIONAL_EXAM_STATEMENTS = List.of(
            BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE);

    /** The longest typed answer kept (an essay of several pages). */
    public static final int LONGEST_TEXT = 20_000;

    private static final int SHARE_SCALE = 6;
    private static final Pattern NUMBER = Pattern.compile("[-+−]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private final List<BigDecimal> statementShares;

    public Marking(List<BigDecimal> statementShares) {
        if (statementShares.size() != 5) {
            throw new IllegalArgumentException("A statement table has a share for 0 to 4 right: " + statementShares);
        }
        this.statementShares = List.copyOf(statementShares);
    }

    /** Marking as the 2025 national exam does. */
    public static Marking nationalExam() {
        return new Marking(NATIONAL_EXAM_STATEMENTS);
    }

    /**
     * The share of the points the answer earns; empty for an essay (marked by hand). No answer earns 0.
     *
     * @throws InvalidAnswer when the answer does not fit the question
     */
    public Optional<BigDecimal> share(Body body, @Nullable Response response) {
        if (body instanceof Body.Essay) {
            if (response != null) {
                check(body, response);
            }
            return Optional.empty();
        }
        if (response == null) {
            return Optional.of(BigDecimal.ZERO);
        }
        check(body, response);
        return Optional.of(clamp(earned(body, response)));
    }

    /** The points the share earns of a question worth {@code points}, to two decimals, half up. */
    public static BigDecimal points(BigDecimal share, BigDecimal points) {
        return share.multiply(points).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Checks that the answer fits the question, before it is saved.
     *
     * @throws InvalidAnswer naming what does not fit
     */
    public void check(Body body, Response response) {
        switch (body) {
            case Body.Choice choice -> checkChoice(choice, response);
            case Body.Statements statements -> {
                Response.Truths truths = expect(response, Response.Truths.class);
                if (truths.values().size() != statements.statements().size()) {
                    throw new InvalidAnswer(
                            InvalidAnswer.Problem.WRONG_NUMBER_OF_STATEMENTS,
                            statements.statements().size(),
                            truths.values().size());
                }
            }
            case Body.ShortAnswer ignored -> checkText(response);
            case Body.Numeric ignored -> checkText(response);
            case Body.Essay ignored -> checkText(response);
            case Body.Matching matching -> checkMatches(matching, response);
            case Body.Ordering ordering -> {
                Response.Order order = expect(response, Response.Order.class);
                Set<String> keys = new HashSet<>();
                ordering.items().forEach(item -> keys.add(item.key()));
                if (order.keys().size() != keys.size() || !keys.equals(new HashSet<>(order.keys()))) {
                    throw new InvalidAnswer(InvalidAnswer.Problem.NOT_EVERY_ITEM, keys.size());
                }
            }
            case Body.Cloze cloze -> {
                Response.Gaps gaps = expect(response, Response.Gaps.class);
                if (gaps.values().size() != cloze.gaps().size()) {
                    throw new InvalidAnswer(
                            InvalidAnswer.Problem.WRONG_NUMBER_OF_GAPS,
                            cloze.gaps().size(),
                            gaps.values().size());
                }
                for (int i = 0; i < cloze.gaps().size(); i++) {
                    check(
                            cloze.gaps().get(i).body(),
                            gapResponse(
                                    cloze.gaps().get(i).body(), gaps.values().get(i)));
                }
            }
        }
    }

    /**
     * A number as a learner types it: "-1,5", "−1.5", "0,25", ",5", with spaces around it ignored; empty when it is not
     * a number.
     */
    public static Optional<BigDecimal> number(String typed) {
        String text = typed.strip().replace('\u00a0', ' ').strip();
        if (!NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        String plain = text.replace('−', '-').replace(',', '.');
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (plain.startsWith(".") || plain.startsWith("-.") || plain.startsWith("+.")) {
            plain = plain.replaceFirst("\\.", "0.");
        }
        return Optional.of(new BigDecimal(plain));
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal earned(Body body, Response response) {
        return switch (body) {
            case Body.Choice choice -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (String key : ((Response.Selected) response).keys()) {
                    sum = sum.add(
                            java.util.Objects.requireNonNull(choice.option(key)).weight());
                }
                if (!choice.multiple()) {
                    yield sum;
                }
                // Shares such as 1/3 are stored rounded; dividing by their actual total makes all right options 1.
                BigDecimal whole = choice.options().stream()
                        .map(Option::weight)
                        .filter(w -> w.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                yield whole.signum() == 0 ? BigDecimal.ZERO : divide(sum, whole);
            }
            case Body.Statements statements -> {
                List<@Nullable Boolean> values = ((Response.Truths) response).values();
                int right = 0;
                for (int i = 0; i < statements.statements().size(); i++) {
                    Boolean judged = values.get(i);
                    if (judged != null
                            && judged == statements.statements().get(i).isTrue()) {
                        right++;
                    }
                }
                yield statementShares.get(Math.min(right, 4));
            }
            case Body.ShortAnswer shortAnswer -> {
                String given = normalised(((Response.Text) response).text(), shortAnswer.caseSensitive());
                yield shortAnswer.accepted().stream()
                        .filter(a -> normalised(a.text(), shortAnswer.caseSensitive())
                                .equals(given))
                        .map(Accepted::weight)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
            }
            case Body.Numeric numeric ->
                number(((Response.Text) response).text())
                        .map(n -> numeric.accepted().stream()
                                .filter(a -> a.accepts(n))
                                .map(NumericAnswer::weight)
                                .max(BigDecimal::compareTo)
                                .orElse(BigDecimal.ZERO))
                        .orElse(BigDecimal.ZERO);
            case Body.Matching matching -> {
                Map<String, String> given = ((Response.Matches) response).answers();
                long right = matching.pairs().stream()
                        .filter(p -> p.answer().equals(given.get(p.key())))
                        .count();
                yield divide(
                        BigDecimal.valueOf(right),
                        BigDecimal.valueOf(matching.pairs().size()));
            }
            case Body.Ordering ordering -> {
                List<String> given = ((Response.Order) response).keys();
                int inPlace = 0;
                for (int i = 0; i < ordering.items().size(); i++) {
                    if (ordering.items().get(i).key().equals(given.get(i))) {
                        inPlace++;
                    }
                }
                int all = ordering.items().size();
                if (!ordering.partial()) {
                    yield inPlace == all ? BigDecimal.ONE : BigDecimal.ZERO;
                }
                yield divide(BigDecimal.valueOf(inPlace), BigDecimal.valueOf(all));
            }
            case Body.Cloze cloze -> {
                List<String> values = ((Response.Gaps) response).values();
                BigDecimal sum = BigDecimal.ZERO;
                int weights = 0;
                for (int i = 0; i < cloze.gaps().size(); i++) {
                    Body.Gap gap = cloze.gaps().get(i);
                    BigDecimal share = values.get(i).isBlank()
                            ? BigDecimal.ZERO
                            : clamp(earned(gap.body(), gapResponse(gap.body(), values.get(i))));
                    sum = sum.add(share.multiply(BigDecimal.valueOf(gap.weight())));
                    weights += gap.weight();
                }
                yield divide(sum, BigDecimal.valueOf(weights));
            }
            case Body.Essay ignored -> throw new IllegalStateException("An essay is marked by hand");
        };
    }

    private static BigDecimal clamp(BigDecimal share) {
        BigDecimal bounded = share.signum() < 0 ? BigDecimal.ZERO : share.min(BigDecimal.ONE);
        return bounded.setScale(SHARE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static Response gapResponse(Body gap, String value) {
        return gap instanceof Body.Choice
                ? new Response.Selected(value.isBlank() ? List.of() : List.of(value))
                : new Response.Text(value);
    }

    private static void checkChoice(Body.Choice choice, Response response) {
        Response.Selected selected = expect(response, Response.Selected.class);
        if (!choice.multiple() && selected.keys().size() > 1) {
            throw new InvalidAnswer(InvalidAnswer.Problem.MORE_THAN_ONE_OPTION);
        }
        Set<String> seen = new HashSet<>();
        for (String key : selected.keys()) {
            if (choice.option(key) == null) {
                throw new InvalidAnswer(InvalidAnswer.Problem.UNKNOWN_OPTION, key);
            }
            if (!seen.add(key)) {
                throw new InvalidAnswer(InvalidAnswer.Problem.REPEATED, key);
            }
        }
    }

    private static void checkText(Response response) {
        Response.Text text = expect(response, Response.Text.class);
        if (text.text().length() > LONGEST_TEXT) {
            throw new InvalidAnswer(InvalidAnswer.Problem.TOO_LONG, LONGEST_TEXT);
        }
    }

    private static void checkMatches(Body.Matching matching, Response response) {
        Response.Matches matches = expect(response, Response.Matches.class);
        List<String> answers = matching.answers();
        for (Map.Entry<String, String> entry : matches.answers().entrySet()) {
            if (matching.pairs().stream().noneMatch(p -> p.key().equals(entry.getKey()))) {
                throw new InvalidAnswer(InvalidAnswer.Problem.UNKNOWN_PROMPT, entry.getKey());
            }
            if (!answers.contains(entry.getValue())) {
                throw new InvalidAnswer(InvalidAnswer.Problem.UNKNOWN_ANSWER, entry.getValue());
            }
        }
    }

    private static <R extends Response> R expect(Response response, Class<R> kind) {
        if (!kind.isInstance(response)) {
            throw new InvalidAnswer(InvalidAnswer.Problem.WRONG_KIND);
        }
        return kind.cast(response);
    }

    private static String normalised(String text, boolean caseSensitive) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .strip()
                .replaceAll("\\s+", " ");
        return caseSensitive ? nfc : nfc.toLowerCase(Locale.ROOT);
    }
}
