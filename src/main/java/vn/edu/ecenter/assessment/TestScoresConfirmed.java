package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A teacher looked at a test's scores converted to the 10-point scale and confirmed sending them to ĐĐGtx number
 * {@code column} of the class-subject's semester. Published synchronously, in the teacher's request and outside any
 * transaction: the gradebook writes the marks as that teacher, by its own rules, and answers with {@link
 * TestScoresTransferred} carrying the same {@code transferId} (ADR 0016).
 *
 * @param overwrite whether a mark already in the column may be replaced (the teacher chose "ghi đè")
 */
public record TestScoresConfirmed(
        UUID transferId,
        UUID testId,
        UUID classId,
        UUID subjectId,
        int semester,
        int column,
        boolean overwrite,
        List<LearnerScore> scores) {

    public TestScoresConfirmed {
        scores = List.copyOf(scores);
    }

    /** A learner's score on the 10-point scale, one decimal. */
    public record LearnerScore(UUID learnerId, BigDecimal score) {}
}
