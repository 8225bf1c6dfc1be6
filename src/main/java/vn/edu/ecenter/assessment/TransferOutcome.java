package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.TestScoresTransferred.Status;

/**
 * A transfer of a test's scores to the gradebook and what the gradebook did with them.
 *
 * @param answered whether the gradebook answered (if not, nothing is known to be written)
 * @param refusal the gradebook's reason for refusing the whole transfer (nothing written)
 */
public record TransferOutcome(
        UUID transferId,
        UUID testId,
        String testTitle,
        int semester,
        int column,
        boolean overwrite,
        Instant confirmedAt,
        String confirmedBy,
        boolean answered,
        @Nullable String refusal,
        List<Line> lines) {

    public TransferOutcome {
        lines = List.copyOf(lines);
    }

    /**
     * @param status what the gradebook did; null when it did not answer or refused
     * @param before the mark that was there
     */
    public record Line(
            UUID learnerId,
            String name,
            BigDecimal score,
            @Nullable Status status,
            @Nullable String before) {}

    public long count(Status status) {
        return lines.stream().filter(l -> l.status() == status).count();
    }

    /** How many lines have the status named (for templates). */
    public long count(String status) {
        return count(Status.valueOf(status));
    }

    /** The learners whose mark was kept: the teacher may still choose to overwrite them. */
    public List<UUID> kept() {
        return lines.stream()
                .filter(l -> l.status() == Status.KEPT)
                .map(Line::learnerId)
                .toList();
    }

    /** A transfer in the test's list. */
    public record Summary(
            UUID transferId,
            int semester,
            int column,
            Instant confirmedAt,
            String confirmedBy,
            boolean answered,
            boolean refused,
            int written) {}
}
