package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The marks a teacher gives an essay answer.
 *
 * @param points for each line of the rubric in its order, the points given (0 to the line's points, at most two
 *     decimals); one value for an essay without a rubric, out of the question's points
 * @param comment what the teacher writes to the learner
 */
public record EssayMarks(List<BigDecimal> points, @Nullable String comment) {

    public EssayMarks {
        points = List.copyOf(points);
    }
}
