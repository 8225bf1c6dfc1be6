package vn.edu.ecenter.gradebook.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning classification (kết quả học tập), applied to the semester averages for a semester and to the year
 * averages for the year (TT 43/2021 Art. 9.2; TT 22/2021 Art. 9.2). With N = {@code subjectCount}:
 *
 * <ul>
 *   <li>Tốt: every comment-only subject Đạt; every scored subject ≥ {@code kha} (6,5) and at least N ≥ {@code tot}
 *       (8,0);
 *   <li>Khá: every comment-only subject Đạt; every scored subject ≥ {@code dat} (5,0) and at least N ≥ {@code kha};
 *   <li>Đạt: at most {@code commentFailuresForDat} comment-only subjects Chưa đạt; at least N scored subjects ≥
 *       {@code dat} and none below {@code floor} (3,5);
 *   <li>Chưa đạt: every other case.
 * </ul>
 *
 * All the learner's subjects count; there is no average of all subjects. TT 43 sets N = 05 for GDTX learners, TT 22
 * N = 06.
 *
 * <p>FROM MEMORY for TT 43 (vn-regulations §1.4): only its Tốt line was read; the Khá, Đạt and Chưa đạt lines and the
 * treatment of comment-only subjects are assumed to mirror TT 22 with 05 instead of 06. Every threshold is a
 * parameter.
 */
public record LearningThresholds(
        int subjectCount, BigDecimal tot, BigDecimal kha, BigDecimal dat, BigDecimal floor, int commentFailuresForDat) {

    /** The classification of one learner, or the subjects that still have no result. */
    public LearningResult classify(List<SubjectOutcome> subjects) {
        List<String> unfinished = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        int commentFailures = 0;
        for (SubjectOutcome subject : subjects) {
            switch (subject.result()) {
                case SubjectResult.Average average -> scores.add(average.value());
                case SubjectResult.Commented commented -> {
                    if (commented.value() == CommentLevel.CHUA_DAT) {
                        commentFailures++;
                    }
                }
                case SubjectResult.Incomplete incomplete -> unfinished.add(subject.subject());
            }
        }
        if (!unfinished.isEmpty()) {
            return new LearningResult.Unclassified(unfinished);
        }
        return new LearningResult.Classified(rating(scores, commentFailures));
    }

    private Rating rating(List<Score> scores, int commentFailures) {
        if (commentFailures == 0 && all(scores, kha) && count(scores, tot) >= subjectCount) {
            return Rating.TOT;
        }
        if (commentFailures == 0 && all(scores, dat) && count(scores, kha) >= subjectCount) {
            return Rating.KHA;
        }
        if (commentFailures <= commentFailuresForDat && all(scores, floor) && count(scores, dat) >= subjectCount) {
            return Rating.DAT;
        }
        return Rating.CHUA_DAT;
    }

    private static boolean all(List<Score> scores, BigDecimal threshold) {
        return scores.stream().allMatch(score -> score.isAtLeast(threshold));
    }

    private static long count(List<Score> scores, BigDecimal threshold) {
        return scores.stream().filter(score -> score.isAtLeast(threshold)).count();
    }
}
