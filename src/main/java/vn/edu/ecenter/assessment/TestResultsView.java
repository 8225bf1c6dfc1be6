package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.QuestionType;

/**
 * A test's results as staff see them. Question and class statistics use the attempt that counts for each learner (the
 * best one, once no attempt of theirs waits for essay marking); the learners' list shows every attempt.
 *
 * @param manage whether the signed-in user may mark essays, publish and send scores to the gradebook
 * @param waiting how many submitted attempts wait for essay marking
 */
public record TestResultsView(
        TestView test,
        String className,
        String subjectName,
        boolean hasEssays,
        @Nullable Instant publishedAt,
        boolean manage,
        int waiting,
        Summary summary,
        List<QuestionStats> questions,
        List<LearnerResults> learners,
        List<TransferOutcome.Summary> transfers) {

    public TestResultsView {
        questions = List.copyOf(questions);
        learners = List.copyOf(learners);
        transfers = List.copyOf(transfers);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /**
     * The class: scores that count, on the 10-point scale.
     *
     * @param attempts every submitted attempt
     * @param counted learners whose score counts
     * @param bands how many scores fall in [0;1), [1;2) … [9;10]
     */
    public record Summary(
            int attempts,
            int counted,
            @Nullable BigDecimal mean,
            @Nullable BigDecimal median,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            List<Integer> bands) {

        public Summary {
            bands = List.copyOf(bands);
        }
    }

    /**
     * One question (one version of it) over the attempts that count.
     *
     * @param given how many of those papers had it
     * @param answered how many answered it
     * @param difficulty the p-value: the mean share of its points earned (0 to 1), null when nobody had it
     * @param discrimination the point-biserial correlation of its share with the rest of the paper's score, null when
     *     undefined (fewer than two learners, or no variance)
     * @param options for a choice question, each option in the bank's order with how many chose it
     */
    public record QuestionStats(
            int number,
            UUID questionId,
            int version,
            QuestionType type,
            String text,
            int given,
            int answered,
            @Nullable BigDecimal difficulty,
            @Nullable BigDecimal discrimination,
            List<OptionCount> options) {

        public QuestionStats {
            options = List.copyOf(options);
        }
    }

    /** An option of a choice question: its text, whether it is right, and how many learners chose it. */
    public record OptionCount(String label, String text, boolean right, int chosen) {}

    /**
     * A learner and their attempts.
     *
     * @param counted their score that counts, on the 10-point scale; null while none counts
     */
    public record LearnerResults(
            UUID learnerId,
            String code,
            String name,
            @Nullable BigDecimal counted,
            List<AttemptLine> attempts) {

        public LearnerResults {
            attempts = List.copyOf(attempts);
        }
    }

    /**
     * A submitted attempt.
     *
     * @param how LEARNER (they submitted) or TIME_UP (the server did, at the deadline)
     * @param minutes time taken, in whole minutes rounded up
     */
    public record AttemptLine(
            UUID attemptId,
            int number,
            Instant submittedAt,
            BigDecimal score,
            BigDecimal maxScore,
            BigDecimal onTen,
            long minutes,
            String how,
            boolean awaitingMarking) {}
}
