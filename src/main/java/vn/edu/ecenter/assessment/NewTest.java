package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.QuestionType;

/**
 * A test to set.
 *
 * @param points points of a question by its kind; a kind not named is worth 1
 * @param graded whether it counts for the gradebook: draws only approved questions
 */
public record NewTest(
        String title,
        UUID bankId,
        UUID classId,
        List<Blueprint.Row> blueprint,
        int durationMinutes,
        Instant opensAt,
        Instant closesAt,
        boolean shuffle,
        int attemptsAllowed,
        @Nullable String accessCode,
        boolean graded,
        Map<QuestionType, BigDecimal> points) {

    public NewTest {
        blueprint = List.copyOf(blueprint);
        points = Map.copyOf(points);
    }
}
