package vn.edu.ecenter.gradebook.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Promotion, re-tests, summer training and repeating (TT 43/2021 Art. 11–13; TT 22/2021 Art. 12–14).
 *
 * <ul>
 *   <li>A learner absent more than {@code absenceLimit} days (45) in the year repeats the grade, whatever the results.
 *   <li>Conduct Chưa đạt: summer conduct training; if the re-assessment is still Chưa đạt, repeat.
 *   <li>Conduct Đạt or better and learning Chưa đạt: re-test in every scored subject whose year average is below
 *       {@code retestBelow} (5,0) and every comment-only subject Chưa đạt; the re-test mark replaces the subject's year
 *       result and the year is classified again; still Chưa đạt, repeat.
 *   <li>Conduct and learning Đạt or better: promoted (or, in grade 12, programme completed).
 * </ul>
 *
 * <p>FROM MEMORY (vn-regulations §1.6): that TT 43 re-tests follow TT 22 (subjects below 5,0 or Chưa đạt, result
 * replaces the year's); and, a reading of TT 22 Art. 13–14, {@code retestAfterSummerTraining}: a learner failing
 * both conduct and learning trains in the summer first and, once the conduct re-assessment is Đạt, may take the
 * re-tests (true), or repeats at once (false). The 45-day limit is CONFIRMED.
 */
public record PromotionRule(int absenceLimit, BigDecimal retestBelow, boolean retestAfterSummerTraining) {

    /** The decision for a learner's standing. */
    public Decision decide(YearStanding standing) {
        if (standing.daysAbsent() > absenceLimit) {
            return Decision.O_LAI_LOP;
        }
        boolean conductPassed = standing.conduct().isAtLeast(Rating.DAT);
        boolean learningPassed = standing.learning().isAtLeast(Rating.DAT);
        if (!conductPassed) {
            if (standing.summerTrained() || (!learningPassed && !retestAfterSummerTraining)) {
                return Decision.O_LAI_LOP;
            }
            return Decision.REN_LUYEN_HE;
        }
        if (!learningPassed) {
            boolean mayRetest = !standing.retested() && (!standing.summerTrained() || retestAfterSummerTraining);
            return mayRetest ? Decision.KIEM_TRA_LAI : Decision.O_LAI_LOP;
        }
        return Decision.LEN_LOP;
    }

    /** The subjects a learner re-tests in: year average below 5,0, or Chưa đạt. */
    public List<String> retestSubjects(List<SubjectOutcome> year) {
        return year.stream().filter(this::failed).map(SubjectOutcome::subject).toList();
    }

    /**
     * The year results with the re-test marks in place of the failed subjects' year results, ready to be classified
     * again.
     *
     * @param retests the re-test mark per subject; a subject without a mark keeps its result
     * @throws IllegalArgumentException for a subject that is not to be re-tested, or a mark of the wrong kind
     */
    public List<SubjectOutcome> afterRetests(List<SubjectOutcome> year, Map<String, Mark> retests) {
        List<String> eligible = retestSubjects(year);
        for (String subject : retests.keySet()) {
            if (!eligible.contains(subject)) {
                throw new IllegalArgumentException(subject + " is not a subject to re-test");
            }
        }
        return year.stream()
                .map(outcome -> {
                    Mark retest = retests.get(outcome.subject());
                    return retest == null ? outcome : new SubjectOutcome(outcome.subject(), replaced(outcome, retest));
                })
                .toList();
    }

    private boolean failed(SubjectOutcome outcome) {
        return switch (outcome.result()) {
            case SubjectResult.Average average -> !average.value().isAtLeast(retestBelow);
            case SubjectResult.Commented commented -> commented.value() == CommentLevel.CHUA_DAT;
            case SubjectResult.Incomplete incomplete -> false;
        };
    }

    private static SubjectResult replaced(SubjectOutcome outcome, Mark retest) {
        if (retest instanceof Score score && outcome.result() instanceof SubjectResult.Average) {
            return new SubjectResult.Average(score);
        }
        if (retest instanceof CommentLevel level && outcome.result() instanceof SubjectResult.Commented) {
            return new SubjectResult.Commented(level);
        }
        throw new IllegalArgumentException("Re-test mark " + retest + " does not fit " + outcome);
    }
}
