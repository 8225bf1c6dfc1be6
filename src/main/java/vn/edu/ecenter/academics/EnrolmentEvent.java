package vn.edu.ecenter.academics;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One change in a learner's enrolment history, with its date and reason. */
public record EnrolmentEvent(
        Kind kind,
        LocalDate happenedOn,
        @Nullable String fromClass,
        @Nullable String toClass,
        @Nullable String reason,
        Instant recordedAt,
        String recordedBy) {

    public enum Kind {
        ENROLLED,
        TRANSFERRED,
        LEFT,
        DROPPED_OUT,
        READMITTED,
        PROMOTED,
        REPEATED,
        GRADUATED
    }
}
