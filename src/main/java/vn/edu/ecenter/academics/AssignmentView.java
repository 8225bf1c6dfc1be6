package vn.edu.ecenter.academics;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A teaching assignment: who teaches which subject in which class, and how many periods a week. */
public record AssignmentView(
        UUID classId,
        String className,
        UUID subjectId,
        String subjectCode,
        String subjectName,
        UUID staffId,
        String teacherName,
        @Nullable String teacherUsername,
        BigDecimal periodsPerWeek) {}
