package vn.edu.ecenter.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The results of online tests. Staff who may see a test's class and subject (the director, the teacher of the subject
 * in the class; the homeroom teacher reads) see its statistics and every learner's attempts; the director and the
 * teacher of the subject mark essays against their rubric, publish the results (công bố) and send the scores to a
 * ĐĐGtx column of the gradebook after seeing them converted to the 10-point scale. Learners and their guardians see
 * their own attempts: the score, or "Đang chấm" while essays wait and the results are not published, and after
 * publication what each question earned.
 *
 * <p>The score that counts for a learner is the best of their submitted attempts; while an attempt of theirs waits for
 * essay marking, none counts yet. On the 10-point scale it is score ÷ maximum × 10, rounded half up to one decimal.
 */
public interface TestResults {

    /** Statistics of the test, per question, for the class and per learner; the transfers made to the gradebook. */
    TestResultsView results(UUID testId);

    /** The same as an Excel workbook (.xlsx) with Vietnamese headers. */
    byte[] exportResults(UUID testId);

    /** An attempt's essay answers with their rubric and the marks given so far. */
    EssayMarking marking(UUID attemptId);

    /**
     * Marks an essay answer of a submitted attempt against its rubric: the attempt's score is recomputed, and it no
     * longer waits for marking once every essay answered is marked.
     */
    SubmitResult markEssay(UUID attemptId, UUID questionId, EssayMarks marks);

    /** Publishes the test's results to its learners, or withdraws them; refused while essays wait for marking. */
    void publish(UUID testId, boolean published);

    /** Each learner's score as it would be sent to ĐĐGtx number {@code column} of the semester; nothing is sent. */
    TransferPreview previewTransfer(UUID testId, int semester, int column);

    /**
     * Sends the scores to the gradebook, which writes them by its own rules as the signed-in teacher and reports what
     * it did with each; a mark already there is kept unless {@code overwrite}. {@code learners} limits the transfer to
     * those learners (empty: every learner whose score counts).
     */
    TransferOutcome confirmTransfer(UUID testId, int semester, int column, boolean overwrite, Set<UUID> learners);

    /** A transfer made earlier, with what the gradebook did. */
    TransferOutcome transfer(UUID testId, UUID transferId);

    /** The signed-in learner's submitted attempts, or a guardian's children's, newest first. */
    List<MyTestResult> myResults();

    /** One of the signed-in learner's (or guardian's child's) attempts, question by question, once published. */
    MyTestResult.Details myAttempt(UUID attemptId);
}
