package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/**
 * The remarks of a class in class-list order: a subject teacher's for a subject and semester, or the homeroom
 * teacher's on the year (then {@code subjectId}, {@code subjectName} and {@code semester} are null).
 *
 * @param lock the lock that stops writing: the semester's, or semester II's for the year
 * @param write the signed-in user may write them now
 */
public record RemarkSheet(
        UUID classId,
        String className,
        String schoolYearName,
        @Nullable UUID subjectId,
        @Nullable String subjectName,
        @Nullable Integer semester,
        LockState lock,
        boolean write,
        List<Row> rows) {

    public RemarkSheet {
        rows = List.copyOf(rows);
    }

    /** Whether these are the homeroom teacher's remarks on the year. */
    public boolean homeroom() {
        return subjectId == null;
    }

    public record Row(
            int number,
            UUID learnerId,
            String code,
            PersonName name,
            @Nullable String text,
            int version) {}
}
