package vn.edu.ecenter.gradebook.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Semester and year results of one subject (TT 43/2021 Art. 9.1; identical in TT 22/2021 Art. 9.1). */
final class Averages {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private Averages() {}

    /**
     * ĐTBmhk = (Σ ĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (number of ĐĐGtx + 5), rounded to one decimal; for a comment-only
     * subject the semester level. Nothing until every column of the plan has its mark.
     */
    static SubjectResult semester(
            Semester semester,
            AssessmentPlan plan,
            SemesterMarks marks,
            RoundingMode rounding,
            CommentSemesterRule commentRule) {
        marks.marks().forEach((slot, mark) -> {
            if (!plan.has(slot) || !plan.grading().accepts(mark)) {
                throw new IllegalArgumentException("Mark " + mark + " in " + slot + " does not fit " + plan);
            }
        });
        List<Missing> missing = plan.slots().stream()
                .filter(slot -> marks.mark(slot).isEmpty())
                .map(slot -> new Missing(semester, slot))
                .toList();
        if (!missing.isEmpty()) {
            return new SubjectResult.Incomplete(missing);
        }
        if (plan.grading() == Grading.COMMENTS) {
            return new SubjectResult.Commented(commentRule.level(marks.marks()));
        }
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (Map.Entry<MarkSlot, Mark> entry : marks.marks().entrySet()) {
            int weight = entry.getKey().kind().weight();
            weighted = weighted.add(((Score) entry.getValue()).value().multiply(BigDecimal.valueOf(weight)));
            weights += weight;
        }
        // The divisor is n + 5; dividing straight to one decimal rounds the exact quotient once (6,45 → 6,5).
        return new SubjectResult.Average(new Score(weighted.divide(BigDecimal.valueOf(weights), 1, rounding)));
    }

    /**
     * ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3 from the already rounded semester averages, rounded to one decimal; for a
     * comment-only subject the year level is the semester-II level (TT 22/2021 Art. 9.1a).
     */
    static SubjectResult year(Grading grading, SubjectResult first, SubjectResult second, RoundingMode rounding) {
        check(grading, first);
        check(grading, second);
        if (grading == Grading.COMMENTS) {
            return second;
        }
        if (first instanceof SubjectResult.Average one && second instanceof SubjectResult.Average two) {
            BigDecimal sum = one.value().value().add(two.value().value().multiply(TWO));
            return new SubjectResult.Average(new Score(sum.divide(THREE, 1, rounding)));
        }
        List<Missing> missing = new ArrayList<>();
        for (SubjectResult result : List.of(first, second)) {
            if (result instanceof SubjectResult.Incomplete incomplete) {
                missing.addAll(incomplete.missing());
            }
        }
        return new SubjectResult.Incomplete(missing);
    }

    private static void check(Grading grading, SubjectResult result) {
        boolean fits =
                switch (result) {
                    case SubjectResult.Average average -> grading == Grading.SCORES;
                    case SubjectResult.Commented commented -> grading == Grading.COMMENTS;
                    case SubjectResult.Incomplete incomplete -> true;
                };
        if (!fits) {
            throw new IllegalArgumentException(result + " is not a result of a subject graded by " + grading);
        }
    }
}
