package vn.edu.ecenter.assessment.questions;

import java.util.List;

/**
 * An answer that does not fit its question (an option the question does not have, two options for a single-choice
 * question, three truth values for four statements …). Nothing is saved; the learner's page shows {@link
 * #messageKey()} from the {@code assessment} bundle with {@link #arguments()}.
 */
public final class InvalidAnswer extends RuntimeException {

    public enum Problem {
        WRONG_KIND,
        UNKNOWN_OPTION,
        MORE_THAN_ONE_OPTION,
        REPEATED,
        WRONG_NUMBER_OF_STATEMENTS,
        UNKNOWN_PROMPT,
        UNKNOWN_ANSWER,
        NOT_EVERY_ITEM,
        WRONG_NUMBER_OF_GAPS,
        TOO_LONG
    }

    private final Problem problem;
    private final List<Object> arguments;

    public InvalidAnswer(Problem problem, Object... arguments) {
        super(problem + " " + List.of(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public String messageKey() {
        return "assessment.answer." + problem.name();
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
