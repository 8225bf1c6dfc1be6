package vn.edu.ecenter.gradebook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a semester of a class is locked (khóa sổ), and by whom.
 *
 * @param centreWide the lock is the whole centre's, not the class's own
 */
public record LockState(
        int semester,
        boolean locked,
        boolean centreWide,
        @Nullable Instant lockedAt,
        @Nullable String lockedBy) {

    public static LockState open(int semester) {
        return new LockState(semester, false, false, null, null);
    }
}
