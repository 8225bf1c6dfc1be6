package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.QuestionType;

/**
 * A learner's own submitted attempt as they (or their guardian) see it.
 *
 * @param score null while it is being marked ("Đang chấm": essays wait, or the results of a test with essays are not
 *     published)
 * @param details whether the question-by-question result may be opened (the results are published)
 */
public record MyTestResult(
        UUID attemptId,
        UUID learnerId,
        String learnerName,
        String testTitle,
        int attemptNumber,
        Instant submittedAt,
        @Nullable BigDecimal score,
        BigDecimal maxScore,
        @Nullable BigDecimal onTen,
        boolean details) {

    /** An attempt question by question, after publication. */
    public record Details(
            UUID attemptId,
            String learnerName,
            String testTitle,
            int attemptNumber,
            Instant submittedAt,
            BigDecimal score,
            BigDecimal maxScore,
            BigDecimal onTen,
            List<Earned> questions) {

        public Details {
            questions = List.copyOf(questions);
        }
    }

    /**
     * What a question earned.
     *
     * @param answered whether the learner answered it
     * @param comment the teacher's comment on an essay
     */
    public record Earned(
            int number,
            QuestionType type,
            String text,
            BigDecimal points,
            BigDecimal earned,
            boolean answered,
            @Nullable String comment) {}
}
