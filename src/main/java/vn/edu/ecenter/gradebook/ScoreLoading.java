package vn.edu.ecenter.gradebook;

import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.MarkSlot;

/**
 * Loading marks in bulk for the system administrator's data tools (the demo centre's scores; later, marks carried over
 * from another gradebook), inside the centre the administrator acts in. Marks go through the same validation and
 * writer as a teacher's save — all or nothing, each change in the change log as imported, one audit entry per sheet —
 * but without a teacher's rights check.
 */
public interface ScoreLoading {

    /**
     * Fills a sheet's empty cells: for each learner who takes the subject and each column of the semester, {@code
     * typed} gives the mark as a teacher would type it ("8,5", "Đ"), or null to leave the cell as it is. Cells that
     * already have a mark are kept.
     *
     * @return the number of marks written
     */
    int loadScores(UUID classId, UUID subjectId, int semester, BiFunction<UUID, MarkSlot, @Nullable String> typed);
}
