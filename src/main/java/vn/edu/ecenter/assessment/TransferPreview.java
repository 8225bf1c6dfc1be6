package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Scores as they would go to ĐĐGtx number {@code column} of the semester: each learner of the class with the score
 * that counts converted to the 10-point scale, or why they have none. Nothing is sent.
 */
public record TransferPreview(
        UUID testId,
        String testTitle,
        String className,
        String subjectName,
        int semester,
        int column,
        List<Line> lines) {

    public TransferPreview {
        lines = List.copyOf(lines);
    }

    /**
     * @param score the attempt's score and its maximum, when one counts
     * @param onTen the score to send, on the 10-point scale; null when there is none to send
     * @param reason why there is none: NO_ATTEMPT or MARKING
     */
    public record Line(
            UUID learnerId,
            String code,
            String name,
            @Nullable BigDecimal score,
            @Nullable BigDecimal maxScore,
            @Nullable BigDecimal onTen,
            @Nullable String reason) {}

    public long sendable() {
        return lines.stream().filter(l -> l.onTen() != null).count();
    }
}
