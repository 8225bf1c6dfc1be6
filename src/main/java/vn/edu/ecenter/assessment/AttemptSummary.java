package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A learner's attempt at a test as the teacher's list shows it.
 *
 * @param number the learner's first, second … attempt
 * @param score the marks once submitted (essays count 0 while {@code awaitingMarking})
 */
public record AttemptSummary(
        UUID id,
        UUID learnerId,
        int number,
        Instant startedAt,
        Instant deadline,
        @Nullable Instant submittedAt,
        @Nullable BigDecimal score,
        BigDecimal maxScore,
        boolean awaitingMarking) {}
