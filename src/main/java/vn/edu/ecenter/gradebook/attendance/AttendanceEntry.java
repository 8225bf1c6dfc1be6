package vn.edu.ecenter.gradebook.attendance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One learner's status in a day's attendance, as sent. A missing (or unreadable) learner or status is reported as that
 * item's error, with the others, instead of failing the whole request unexplained.
 *
 * @param seen the status the writer saw before choosing this one ({@link #NONE} when none was recorded), so that a
 *     status somebody else changed meanwhile is reported as a conflict instead of overwritten; null writes whatever is
 *     there
 */
public record AttendanceEntry(
        @Nullable UUID learnerId,
        @Nullable AttendanceStatus status,
        @Nullable String seen) {

    /** What {@link #seen} says when no status was recorded. */
    public static final String NONE = "NONE";

    /** An entry that does not say what its writer saw. */
    public AttendanceEntry(@Nullable UUID learnerId, @Nullable AttendanceStatus status) {
        this(learnerId, status, null);
    }
}
