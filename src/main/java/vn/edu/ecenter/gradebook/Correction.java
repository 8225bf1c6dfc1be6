package vn.edu.ecenter.gradebook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;

/**
 * A correction of a mark after the semester was locked: asked by the subject teacher with a reason, decided by the
 * director. The mark changes only when it is approved.
 *
 * @param before the mark when the correction was asked for
 */
public record Correction(
        UUID id,
        UUID classId,
        String className,
        UUID subjectId,
        String subjectName,
        int semester,
        UUID learnerId,
        String learnerName,
        MarkSlot slot,
        @Nullable Mark before,
        @Nullable Mark after,
        String reason,
        String requestedBy,
        Instant requestedAt,
        Status status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String note) {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }
}
