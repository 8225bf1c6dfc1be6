package vn.edu.ecenter.assessment.exchange;

/** Why one question of a file cannot be read; the reader turns it into a rejection of that question only. */
final class QuestionProblem extends RuntimeException {

    QuestionProblem(String message) {
        super(message, null, false, false);
    }

    static QuestionProblem of(String key, Object... arguments) {
        return new QuestionProblem(Wording.text(key, arguments));
    }
}
