package vn.edu.ecenter.gradebook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;

/**
 * One entry of a sheet's change log: which mark changed from what to what, who changed it and when, and for a change
 * after the lock, the correction's reason and the director who approved it (the electronic red-ink correction).
 */
public record MarkChange(
        Instant at,
        String by,
        UUID learnerId,
        String learnerName,
        MarkSlot slot,
        @Nullable Mark before,
        @Nullable Mark after,
        Source source,
        boolean afterLock,
        @Nullable String reason,
        @Nullable String approvedBy) {

    /** Where a change came from. */
    public enum Source {
        /** Typed on the score sheet, or sent through the API. */
        ENTRY,
        /** An Excel import. */
        IMPORT,
        /** An approved correction after the lock. */
        CORRECTION
    }
}
