package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What keeps a question from being used: no text, too few options, no right option, a single-choice question with more
 * than one fully right option, right options' weights not adding up to the whole, not four statements, a short answer
 * with no full answer, gaps in the text that do not match the gaps declared, rubric lines without points. Importers
 * reject a question with its flaws; the editor shows them; a flawed question is never saved.
 */
public final class QuestionCheck {

    /** How far the right options' weights may add up from 1 (weights such as 33,333 % are rounded). */
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.01");

    private QuestionCheck() {}

    public static List<Flaw> flaws(Question question) {
        List<Flaw> flaws = new ArrayList<>();
        if (question.text().isBlank() && !(question.body() instanceof Body.Cloze)) {
            flaws.add(new Flaw(Flaw.Kind.EMPTY_TEXT));
        }
        body(question.body(), flaws);
        return flaws;
    }

    private static void body(Body body, List<Flaw> flaws) {
        switch (body) {
            case Body.Choice choice -> choice(choice, flaws);
            case Body.Statements statements -> {
                if (statements.statements().size() != 4) {
                    flaws.add(new Flaw(
                            Flaw.Kind.NOT_FOUR_STATEMENTS,
                            statements.statements().size()));
                }
                if (statements.statements().stream().anyMatch(s -> s.text().isBlank())) {
                    flaws.add(new Flaw(Flaw.Kind.EMPTY_STATEMENT));
                }
                keys(statements.statements().stream().map(Statement::key).toList(), flaws);
            }
            case Body.ShortAnswer shortAnswer -> {
                if (shortAnswer.accepted().stream()
                        .noneMatch(a -> a.weight().compareTo(BigDecimal.ONE) == 0
                                && !a.text().isBlank())) {
                    flaws.add(new Flaw(Flaw.Kind.NO_FULL_ANSWER));
                }
            }
            case Body.Numeric numeric -> {
                if (numeric.accepted().stream().noneMatch(a -> a.weight().compareTo(BigDecimal.ONE) == 0)) {
                    flaws.add(new Flaw(Flaw.Kind.NO_FULL_ANSWER));
                }
            }
            case Body.Matching matching -> {
                if (matching.pairs().size() < 2) {
                    flaws.add(new Flaw(Flaw.Kind.TOO_FEW_PAIRS, matching.pairs().size()));
                }
                keys(matching.pairs().stream().map(Pair::key).toList(), flaws);
            }
            case Body.Ordering ordering -> {
                if (ordering.items().size() < 2) {
                    flaws.add(new Flaw(Flaw.Kind.TOO_FEW_ITEMS, ordering.items().size()));
                }
                keys(ordering.items().stream().map(Item::key).toList(), flaws);
            }
            case Body.Cloze cloze -> {
                List<Integer> markers = cloze.markers();
                List<Integer> expected = new ArrayList<>();
                for (int i = 1; i <= cloze.gaps().size(); i++) {
                    expected.add(i);
                }
                if (cloze.gaps().isEmpty() || !markers.equals(expected)) {
                    flaws.add(new Flaw(
                            Flaw.Kind.GAPS_DO_NOT_MATCH,
                            markers.size(),
                            cloze.gaps().size()));
                }
                cloze.gaps().forEach(gap -> body(gap.body(), flaws));
            }
            case Body.Essay essay ->
                essay.rubric().stream()
                        .filter(c -> c.points().signum() <= 0)
                        .forEach(c -> flaws.add(new Flaw(Flaw.Kind.RUBRIC_POINTS, c.description())));
        }
    }

    private static void choice(Body.Choice choice, List<Flaw> flaws) {
        List<Option> options = choice.options();
        if (options.size() < 2) {
            flaws.add(new Flaw(Flaw.Kind.TOO_FEW_OPTIONS, options.size()));
        }
        if (options.stream().anyMatch(o -> o.text().isBlank())) {
            flaws.add(new Flaw(Flaw.Kind.EMPTY_OPTION));
        }
        Set<String> texts = new HashSet<>();
        options.stream()
                .map(o -> o.text().strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty() && !texts.add(t))
                .distinct()
                .forEach(t -> flaws.add(new Flaw(Flaw.Kind.REPEATED_OPTION, t)));
        keys(options.stream().map(Option::key).toList(), flaws);
        if (options.stream().noneMatch(Option::right)) {
            flaws.add(new Flaw(Flaw.Kind.NO_RIGHT_OPTION));
            return;
        }
        if (!choice.multiple()) {
            long full = options.stream()
                    .filter(o -> o.weight().compareTo(BigDecimal.ONE) == 0)
                    .count();
            if (full != 1) {
                flaws.add(new Flaw(Flaw.Kind.NOT_ONE_FULL_OPTION, full));
            }
        } else {
            BigDecimal whole = options.stream()
                    .map(Option::weight)
                    .filter(w -> w.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (whole.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
                flaws.add(new Flaw(
                        Flaw.Kind.WEIGHTS_NOT_WHOLE,
                        whole.movePointRight(2).stripTrailingZeros().toPlainString()));
            }
        }
    }

    private static void keys(List<String> keys, List<Flaw> flaws) {
        Set<String> seen = new HashSet<>();
        keys.stream().filter(k -> !seen.add(k)).distinct().forEach(k -> flaws.add(new Flaw(Flaw.Kind.REPEATED_KEY, k)));
    }
}
