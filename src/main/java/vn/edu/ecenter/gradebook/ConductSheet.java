package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.shared.PersonName;

/**
 * The conduct levels (kết quả rèn luyện) of a class for a semester, as the homeroom teacher proposes them (TT 43/2021
 * Art. 18): every learner of the class in class-list order.
 *
 * @param write the signed-in user is the homeroom teacher and the semester is open
 */
public record ConductSheet(
        UUID classId,
        String className,
        String schoolYearName,
        int semester,
        LockState lock,
        boolean write,
        List<Row> rows) {

    public ConductSheet {
        rows = List.copyOf(rows);
    }

    public record Row(
            int number,
            UUID learnerId,
            String code,
            PersonName name,
            @Nullable Rating rating,
            int version) {}
}
