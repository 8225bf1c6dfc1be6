package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A class's score book: its subjects (those the signed-in user may open), the lock of each semester and what the user
 * may do.
 *
 * @param homeroom the signed-in user is the class's homeroom teacher (reads every sheet, writes conduct)
 * @param director the signed-in user is the director (reads everything, locks semesters)
 */
public record ClassBook(
        UUID classId,
        String className,
        int grade,
        String schoolYearName,
        @Nullable String homeroomName,
        boolean homeroom,
        boolean director,
        List<Subject> subjects,
        List<LockState> locks) {

    public ClassBook {
        subjects = List.copyOf(subjects);
        locks = List.copyOf(locks);
    }

    /** A subject of the class with its assigned teacher; {@code mine} when the signed-in user teaches it. */
    public record Subject(
            UUID id, String code, String name, @Nullable String teacherName, boolean mine) {}
}
