package vn.edu.ecenter.academics;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/**
 * What the year-end rollover from one school year to the next would do (or did) for each active learner of the year.
 *
 * @param missingClasses names of next-year classes the plan needs but that do not exist yet
 */
public record RolloverPlan(UUID fromYearId, UUID toYearId, List<Line> lines, List<String> missingClasses) {

    /**
     * @param toClass the class of the next year, null for a graduate or when the class is missing
     * @param done the rollover has already been applied to this learner (a re-run leaves them alone)
     */
    public record Line(
            UUID enrolmentId,
            UUID learnerId,
            String code,
            PersonName name,
            String fromClass,
            YearEndOutcome outcome,
            @Nullable String toClass,
            boolean done) {}

    public long pending() {
        return lines.stream().filter(line -> !line.done()).count();
    }
}
