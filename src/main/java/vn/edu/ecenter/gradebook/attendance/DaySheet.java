package vn.edu.ecenter.gradebook.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.shared.PersonName;

/**
 * A class's attendance for one date and session: the learners of the class on that date in class-list order, each with
 * the status recorded (none yet: {@code null}) and their days absent in the school year so far.
 *
 * @param classSession the session the class studies in, the default of its attendance
 * @param schoolDay whether the date is a school day of the current school year (only then can it be recorded)
 * @param mayRecord whether the signed-in user may record or correct this sheet
 * @param lastChangedBy who recorded or corrected the sheet last; null while nothing is recorded
 * @param previousSchoolDay the school day before, within the school year; null at its start
 * @param nextSchoolDay the school day after, up to today; null when the date is today or the year's last day
 */
public record DaySheet(
        UUID classId,
        String className,
        UUID schoolYearId,
        LocalDate date,
        ClassSession session,
        ClassSession classSession,
        boolean schoolDay,
        boolean mayRecord,
        @Nullable String lastChangedBy,
        @Nullable Instant lastChangedAt,
        @Nullable LocalDate previousSchoolDay,
        @Nullable LocalDate nextSchoolDay,
        List<Row> rows) {

    /**
     * One learner.
     *
     * @param number the learner's place on the class list (STT)
     * @param status null while not recorded
     * @param corrected whether the status was changed after it was first recorded (see {@link Attendance#corrections})
     * @param inClass false for a learner recorded on this date who is no longer on the class list of that date (the
     *     enrolment was changed since); such a row is shown but cannot be recorded again
     * @param year the learner's days absent in the school year, all classes and dates recorded so far
     */
    public record Row(
            int number,
            UUID learnerId,
            String code,
            PersonName name,
            @Nullable AttendanceStatus status,
            boolean corrected,
            boolean inClass,
            AbsenceCount year) {}

    /** Whether any learner has a status on this date and session. */
    public boolean recorded() {
        return rows.stream().anyMatch(row -> row.status() != null);
    }

    /** How many learners have the status. */
    public long count(AttendanceStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}
