package vn.edu.ecenter.academics;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Enrols a learner in a class (and so in the class's school year) from a date, with an elective combination. */
public record Enrol(
        UUID learnerId,
        UUID classId,
        LocalDate startsOn,
        @Nullable UUID combinationId) {}
