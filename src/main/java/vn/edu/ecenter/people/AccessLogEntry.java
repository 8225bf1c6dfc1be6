package vn.edu.ecenter.people;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One opening of a learner record: who, when, what (OPEN, REVEAL_ID, EXPORT, ID_IMAGE) and why. */
public record AccessLogEntry(
        LocalDateTime at,
        String actor,
        String action,
        UUID learnerId,
        String learnerCode,
        String learnerName,
        @Nullable String purpose) {}
