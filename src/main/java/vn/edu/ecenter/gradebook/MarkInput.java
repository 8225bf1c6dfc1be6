package vn.edu.ecenter.gradebook;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mark to save, as a teacher or another system sends it: {@code {"learnerId": …, "kind": "TX", "index": 1,
 * "value": "8,5", "version": 3}}.
 *
 * @param kind TX, GK or CK
 * @param index 1…n for TX; 1 or absent for GK and CK
 * @param value as typed: "8,5", "8.5", "Đ"; blank clears the cell
 * @param version the cell's version the writer saw (0 for an empty cell), or null to write whatever is there
 */
public record MarkInput(
        @Nullable UUID learnerId,
        @Nullable String kind,
        @Nullable Integer index,
        @Nullable String value,
        @Nullable Integer version) {}
