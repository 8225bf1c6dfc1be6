package vn.edu.ecenter.gradebook.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.shared.PersonName;

/**
 * A learner's attendance in the current school year, as the learner or a guardian sees it.
 *
 * @param className the class the learner is in now; null when not enrolled this year
 * @param missed every session not marked present (absences and late arrivals), newest first
 */
public record LearnerAttendance(
        UUID learnerId,
        String code,
        PersonName name,
        @Nullable String className,
        @Nullable String schoolYear,
        AbsenceCount year,
        List<Missed> missed) {

    public record Missed(LocalDate date, ClassSession session, AttendanceStatus status, String className) {}
}
