package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An attempt's essay answers as the teacher marks them.
 *
 * @param result the attempt's score now (essays not yet marked count 0)
 */
public record EssayMarking(
        UUID attemptId,
        UUID testId,
        String testTitle,
        String learnerName,
        int attemptNumber,
        SubmitResult result,
        List<Essay> essays) {

    public EssayMarking {
        essays = List.copyOf(essays);
    }

    /**
     * An essay question of the paper and the learner's answer.
     *
     * @param answer what the learner wrote, or null when they left it blank (it earns 0, nothing to mark)
     * @param earned the points it earned, once marked
     */
    public record Essay(
            UUID questionId,
            int number,
            String text,
            BigDecimal points,
            @Nullable String answer,
            List<Line> rubric,
            @Nullable String comment,
            @Nullable BigDecimal earned,
            boolean marked) {

        public Essay {
            rubric = List.copyOf(rubric);
        }
    }

    /** A line of the rubric with its points and those given (null until marked). */
    public record Line(
            String description, BigDecimal points, @Nullable BigDecimal given) {}
}
