package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * A learner's paper: the questions drawn for them in the order shown, without keys, the answers saved so far (in the
 * paper's ids), the deadline and the time left by the server's clock.
 *
 * @param result the score once submitted
 */
public record AttemptPaper(
        UUID attemptId,
        UUID testId,
        String title,
        Instant deadline,
        long secondsLeft,
        List<PaperQuestion> questions,
        Map<UUID, Response> answers,
        @Nullable SubmitResult result) {

    /**
     * A question as the learner sees it.
     *
     * @param options the options of a choice question, or the items of an ordering question, in the order shown
     * @param statements the statements of a four-statement question
     * @param prompts the prompts of a matching question, and {@code answers} what to match them with
     * @param gaps for each gap of a cloze text, its options (empty for a typed gap)
     * @param image the question's picture, shown below its text
     */
    public record PaperQuestion(
            UUID questionId,
            int number,
            QuestionType type,
            String text,
            BigDecimal points,
            List<Shown> options,
            List<String> statements,
            List<Shown> prompts,
            List<String> answers,
            List<List<Shown>> gaps,
            @Nullable String unit,
            @Nullable UUID image) {}

    /** An option, item or prompt with the id the paper gives it. */
    public record Shown(String id, String text) {}
}
