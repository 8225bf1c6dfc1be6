package vn.edu.ecenter.gradebook.attendance;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * A day's attendance that was not saved, with nothing written: the reason (a date that is not a school day, in the
 * future, outside the school year), or the items in error, each with its own message. Answered as 400; as 409 when
 * statuses were changed by somebody else since the writer saw them ({@link #conflict}).
 */
public class AttendanceRejected extends Rejected {

    /**
     * What is wrong with one item of the request.
     *
     * @param item the item's position in the request, from 1
     * @param learnerId the learner of the item, when it names one
     */
    public record Problem(int item, @Nullable UUID learnerId, String messageKey, List<Object> arguments) {}

    private final transient List<Problem> problems;

    public AttendanceRejected(List<Problem> problems, String messageKey, Object... arguments) {
        this(422, problems, messageKey, arguments);
    }

    private AttendanceRejected(int status, List<Problem> problems, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
        this.problems = List.copyOf(problems);
    }

    /** Statuses changed by somebody else since the writer saw them: nothing is written (409). */
    public static AttendanceRejected conflict(List<Problem> problems, String messageKey, Object... arguments) {
        return new AttendanceRejected(409, problems, messageKey, arguments);
    }

    public List<Problem> problems() {
        return problems;
    }
}
