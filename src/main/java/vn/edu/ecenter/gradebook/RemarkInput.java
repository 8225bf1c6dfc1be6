package vn.edu.ecenter.gradebook;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A remark to save: {@code {"learnerId": …, "text": "Tiến bộ rõ ở phần hình học", "version": 0}}.
 *
 * @param text at most {@link Remarks#MAX_LENGTH} characters; blank clears the remark
 * @param version the version the writer saw (0 for none), or null to write whatever is there
 */
public record RemarkInput(
        @Nullable UUID learnerId,
        @Nullable String text,
        @Nullable Integer version) {}
