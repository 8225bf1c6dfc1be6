package vn.edu.ecenter.gradebook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;

/**
 * One cell of a score sheet: its column, its mark (none yet, or cleared), and its version: 0 for a cell never written,
 * then one more for each write. A writer that names the version it saw is told when somebody changed the cell since.
 */
public record ScoreCell(
        MarkSlot slot,
        @Nullable Mark mark,
        int version,
        @Nullable String changedBy,
        @Nullable Instant changedAt) {

    public static ScoreCell empty(MarkSlot slot) {
        return new ScoreCell(slot, null, 0, null, null);
    }

    /** The mark as the book prints it ("8,5", "Đ"), or empty text. */
    public String display() {
        return mark == null ? "" : mark.display();
    }
}
