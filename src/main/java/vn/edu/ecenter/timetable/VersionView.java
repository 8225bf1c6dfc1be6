package vn.edu.ecenter.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A version of a school year's timetable (TKB số {@code number}), in force from {@code effectiveFrom} once published.
 *
 * @param revision counts the edits; an edit names the revision it saw (optimistic locking)
 * @param hardCost the cost of the hard rules it breaks as last measured, null before the first solve
 * @param softCost the cost of the soft rules, likewise
 * @param unplaced the lessons not placed, likewise
 * @param seed the random seed of the last solve
 * @param solveJobId the background job solving or last solving it
 */
public record VersionView(
        UUID id,
        UUID schoolYearId,
        int number,
        LocalDate effectiveFrom,
        VersionStatus status,
        int revision,
        @Nullable Long hardCost,
        @Nullable Long softCost,
        @Nullable Integer unplaced,
        @Nullable Long seed,
        @Nullable UUID solveJobId,
        Instant createdAt,
        String createdBy,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy) {

    public boolean editable() {
        return status == VersionStatus.DRAFT;
    }

    /** Whether it was measured and breaks no hard rule with every lesson placed. */
    public boolean complete() {
        return hardCost != null && hardCost == 0 && unplaced != null && unplaced == 0;
    }
}
