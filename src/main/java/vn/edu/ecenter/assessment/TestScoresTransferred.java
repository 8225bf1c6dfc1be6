package vn.edu.ecenter.assessment;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The gradebook's answer to {@link TestScoresConfirmed}: what it did with each score, or why it refused the whole
 * transfer (then it wrote nothing).
 *
 * @param refusal the gradebook's own message, in the teacher's language, when it refused
 */
public record TestScoresTransferred(
        UUID transferId, @Nullable String refusal, List<Outcome> outcomes) {

    public TestScoresTransferred {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * What became of one learner's score.
     *
     * @param before the mark that was in the column ("7,5"), if any
     */
    public record Outcome(
            UUID learnerId, Status status, @Nullable String before) {}

    public enum Status {
        /** Written into an empty cell. */
        WRITTEN,
        /** Replaced the mark there, as the teacher asked. */
        OVERWRITTEN,
        /** The same mark was there already. */
        UNCHANGED,
        /** Another mark was there; kept, since the teacher did not ask to overwrite it. */
        KEPT,
        /** The learner is not on the subject's score sheet (left the class, does not take the subject). */
        NOT_ON_SHEET
    }
}
