package vn.edu.ecenter.gradebook.attendance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One learner's status in a day's attendance, as sent. A missing (or unreadable) learner or status is reported as that
 * item's error, with the others, instead of failing the whole request unexplained.
 */
public record AttendanceEntry(
        @Nullable UUID learnerId, @Nullable AttendanceStatus status) {}
