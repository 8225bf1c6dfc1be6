package vn.edu.ecenter.academics;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One enrolment of a learner in a class. */
public record EnrolmentView(
        UUID id,
        UUID learnerId,
        UUID schoolYearId,
        UUID classId,
        String className,
        EnrolmentStatus status,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String endReason,
        @Nullable UUID combinationId,
        @Nullable YearEndOutcome outcome) {}
