package vn.edu.ecenter.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Online tests given to a class, and learners' attempts at them. The server keeps time: an attempt's deadline is set
 * when it starts (the duration plus the learner's extra time, never past the test's close plus that extra time) and an
 * attempt still open after it is submitted by the server. Each answer is written the moment it is given; a second
 * start resumes the attempt in progress; submitting twice gives the same result. Learners see their paper without
 * keys: options and items carry ids of the paper, not of the bank.
 */
public interface OnlineTests {

    /**
     * Sets a test for a class from a bank, by a blueprint; the director or a teacher of the bank's subject in that
     * class. Refused, naming the row, when the bank cannot fill the blueprint (a graded test draws only approved
     * questions).
     */
    TestView createTest(NewTest test);

    Optional<TestView> test(UUID testId);

    /** The class's tests, newest first (staff). */
    List<TestView> testsOfClass(UUID classId);

    /** The signed-in learner's tests (of the classes they are in), the newest first. */
    List<LearnerTest> myTests();

    /**
     * The banks the signed-in user may set a test of the class from: the director every bank, a teacher the banks of
     * the subjects they teach in the class.
     */
    List<BankView> banksForClass(UUID classId);

    /**
     * Every attempt at a test, by learner then attempt number; for the director and the teachers who may see the
     * test (the bank's subject in its class, or its homeroom teacher).
     */
    List<AttemptSummary> attemptsOf(UUID testId);

    /** The extra minutes each learner has on a test (learners without any are left out); same rights as attempts. */
    Map<UUID, Integer> extraTimes(UUID testId);

    /** Gives a learner extra minutes on a test (an accommodation); 0 removes them. */
    void setExtraTime(UUID testId, UUID learnerId, int minutes);

    /**
     * Starts the signed-in learner's attempt, or resumes the one in progress.
     *
     * @param accessCode the code the teacher gave, when the test has one
     */
    AttemptPaper start(UUID testId, @Nullable String accessCode);

    /** The attempt's paper with the answers saved so far and the time left (to resume after a reload or elsewhere). */
    AttemptPaper attempt(UUID attemptId);

    /** Saves the learner's answer to a question of the paper, in the paper's ids; replaces an earlier answer. */
    void answer(UUID attemptId, UUID questionId, Response response);

    /** Submits the attempt and marks it; a second call answers the same. */
    SubmitResult submit(UUID attemptId);
}
