package vn.edu.ecenter.gradebook.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.ClassSession;

/**
 * Attendance (điểm danh) of the signed-in user's centre. Who may do what, checked here: the homeroom teacher of a class,
 * the teachers who teach it and the director record and correct its attendance; they and the clerks read it (the
 * system administrator too, when acting in the centre); a learner and a guardian read their own (their children's)
 * with {@link #myAttendance()}. Others get access denied.
 */
public interface Attendance {

    /**
     * Records (or corrects) a class's attendance for a date and session, all or nothing. Learners not in the list keep
     * what they have. A correction keeps the old status in the log ({@link #corrections}); each new absence publishes
     * {@link LearnerMarkedAbsent}.
     *
     * @param session null for the class's own session
     * @throws AttendanceRejected with the reason or the items in error (a learner not in the class on that date, a
     *     learner twice, a missing status), or for a date in the future, outside the class's school year, not in the
     *     current school year, or not a school day ({@code Academics.isSchoolDay})
     */
    DaySheet record(UUID classId, LocalDate date, @Nullable ClassSession session, List<AttendanceEntry> entries);

    /** A class's sheet for a date and session (null: the class's own), in class-list order with days absent. */
    DaySheet daySheet(UUID classId, LocalDate date, @Nullable ClassSession session);

    /** The corrections of a class's attendance on a date (every session), oldest first. */
    List<Correction> corrections(UUID classId, LocalDate date);

    /** A class's month: learners × school days, with the month's and the year's days absent. */
    MonthSheet monthSheet(UUID classId, YearMonth month);

    /**
     * A learner's days absent in a school year, over every class of that year: what promotion counts against the
     * 45-day limit ({@link AbsenceCount#daysForPromotion()} for {@code YearStanding.daysAbsent}).
     */
    AbsenceCount absenceDays(UUID learnerId, UUID schoolYearId);

    /** The days absent in the class's school year of every learner who was in the class during that year. */
    Map<UUID, AbsenceCount> classAbsences(UUID classId);

    /**
     * The days absent in one semester (1 or 2) of the class's school year, between the semester's first and last day of
     * the centre's calendar, of every learner who was in the class during that year: the days of HK1 or HK2 on the class
     * summary. Rejects a semester the school year does not have.
     */
    Map<UUID, AbsenceCount> classAbsences(UUID classId, int semester);

    /**
     * The days absent in a school year of several learners, as {@link #absenceDays} counts them, for a record whose
     * reader the caller has already checked: the học bạ, which the homeroom teacher of a learner's latest class reads
     * over past years they did not teach. It checks only that someone is signed in.
     */
    Map<UUID, AbsenceCount> absencesForRecord(Collection<UUID> learnerIds, UUID schoolYearId);

    /** The signed-in learner's attendance this school year, or a guardian's children's, in class-list order. */
    List<LearnerAttendance> myAttendance();

    /** The counting rule in force (days per session, late arrivals, warning levels, limit). */
    AbsenceRule rule();
}
