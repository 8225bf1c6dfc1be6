package vn.edu.ecenter.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A test as the learner sees it in their list: when it opens and closes, how long it lasts, how many attempts they
 * have used, the attempt in progress (to go on with) and the result of their last submitted attempt.
 */
public record LearnerTest(
        UUID testId,
        String title,
        String className,
        Instant opensAt,
        Instant closesAt,
        int durationMinutes,
        int questions,
        boolean hasAccessCode,
        int attemptsAllowed,
        int attemptsUsed,
        @Nullable UUID attemptInProgress,
        @Nullable UUID lastSubmitted,
        @Nullable SubmitResult lastResult) {

    public enum State {
        UPCOMING,
        OPEN,
        CLOSED
    }

    public State state(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.UPCOMING;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }

    /** Whether the learner may start a new attempt now (or go on with the one in progress). */
    public boolean canStart(Instant now) {
        return state(now) == State.OPEN && (attemptInProgress != null || attemptsUsed < attemptsAllowed);
    }
}
