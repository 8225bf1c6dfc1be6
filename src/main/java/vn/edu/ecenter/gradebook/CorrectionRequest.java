package vn.edu.ecenter.gradebook;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A teacher's request to change a mark after the lock.
 *
 * @param value the new mark as typed; blank to remove the mark
 * @param reason why (required), as the red-ink correction is signed with its reason
 */
public record CorrectionRequest(
        @Nullable UUID learnerId,
        @Nullable String kind,
        @Nullable Integer index,
        @Nullable String value,
        @Nullable String reason) {}
