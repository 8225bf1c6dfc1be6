package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.QuestionType;

/** A test as staff see it (learners see their paper). */
public record TestView(
        UUID id,
        UUID bankId,
        UUID classId,
        String title,
        List<Blueprint.Row> blueprint,
        int durationMinutes,
        Instant opensAt,
        Instant closesAt,
        int attemptsAllowed,
        boolean hasAccessCode,
        boolean shuffle,
        boolean graded,
        Map<QuestionType, BigDecimal> points,
        String createdBy) {

    /** The number of questions each learner gets. */
    public int size() {
        return blueprint.stream().mapToInt(Blueprint.Row::count).sum();
    }
}
