package vn.edu.ecenter.gradebook.rules;

/**
 * A mark typed by a teacher that is not a valid mark. Carries the problem, whose message key names it in a clear
 * sentence of the user's language (bundle {@code messages/gradebook}), and the text as typed, the key's argument.
 */
public class InvalidMark extends IllegalArgumentException {

    /** What is wrong with the typed text; each names its message key. */
    public enum Problem {
        EMPTY("gradebook.mark.empty"),
        NOT_A_NUMBER("gradebook.mark.notANumber"),
        OUT_OF_RANGE("gradebook.mark.outOfRange"),
        TOO_MANY_DECIMALS("gradebook.mark.tooManyDecimals"),
        NOT_A_COMMENT_LEVEL("gradebook.mark.notACommentLevel");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Problem problem;
    private final String typed;

    public InvalidMark(Problem problem, String typed) {
        super(problem + ": \"" + typed + "\"");
        this.problem = problem;
        this.typed = typed;
    }

    public Problem problem() {
        return problem;
    }

    /** The text as typed, without surrounding spaces. */
    public String typed() {
        return typed;
    }

    public String messageKey() {
        return problem.messageKey();
    }

    public Object[] arguments() {
        return new Object[] {typed};
    }

    /** Typed text without surrounding white space, including the no-break spaces spreadsheets copy. */
    static String trimmed(String typed) {
        return typed.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }
}
