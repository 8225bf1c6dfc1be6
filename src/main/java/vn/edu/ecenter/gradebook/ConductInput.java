package vn.edu.ecenter.gradebook;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conduct level to save: {@code {"learnerId": …, "level": "TOT"}}.
 *
 * @param level TOT, KHA, DAT or CHUA_DAT; blank clears it
 * @param version the version the writer saw (0 for none), or null to write whatever is there
 */
public record ConductInput(
        @Nullable UUID learnerId,
        @Nullable String level,
        @Nullable Integer version) {}
