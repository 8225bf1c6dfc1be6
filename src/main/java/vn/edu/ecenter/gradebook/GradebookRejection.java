package vn.edu.ecenter.gradebook;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A gradebook request refused as a whole, nothing written: a message (key and arguments, in the reader's language) and,
 * for the items of a save, one error per bad item naming the learner and the column. The kind says how the API
 * answers: 400 bad items, 403 not the user's sheet, 404 nothing there, 409 a conflict with the current state (a cell
 * changed by somebody else since it was read), 423 the semester is locked.
 */
public class GradebookRejection extends RuntimeException {

    public enum Kind {
        INVALID(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        LOCKED(423);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * What is wrong with one item: its learner, kind and index as sent, and the message. For a conflict, the cell as it
     * is now.
     */
    public record ItemError(
            @Nullable UUID learnerId,
            @Nullable String kind,
            @Nullable Integer index,
            String messageKey,
            List<Object> arguments,
            @Nullable ScoreCell current) {

        public ItemError {
            arguments = List.copyOf(arguments);
        }

        public MessageSourceResolvable message() {
            return new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.toArray(), messageKey);
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final Object[] arguments;
    private final List<ItemError> items;

    public GradebookRejection(Kind kind, String messageKey, List<ItemError> items, Object... arguments) {
        super(kind + " " + messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.items = List.copyOf(items);
    }

    public static GradebookRejection of(Kind kind, String messageKey, Object... arguments) {
        return new GradebookRejection(kind, messageKey, List.of(), arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public MessageSourceResolvable message() {
        return new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.clone(), messageKey);
    }

    public List<ItemError> items() {
        return items;
    }
}
