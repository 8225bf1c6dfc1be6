package vn.edu.ecenter.timetable.fet;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules FET states once per {@link Scope}: how their element names end, which element names the teacher, and
 * whether FET writes the students set's name before the parameters or after the first one (FET reads either order;
 * the writer follows FET's own).
 */
enum ScopedKind {
    NOT_AVAILABLE_TIMES("NotAvailableTimes", "Teacher", true, false),
    MAX_DAYS_PER_WEEK("MaxDaysPerWeek", "Teacher_Name", true, true),
    INTERVAL_MAX_DAYS_PER_WEEK("IntervalMaxDaysPerWeek", "Teacher_Name", true, true),
    MAX_GAPS_PER_WEEK("MaxGapsPerWeek", "Teacher_Name", false, true),
    MAX_GAPS_PER_DAY("MaxGapsPerDay", "Teacher_Name", false, true),
    MAX_HOURS_DAILY("MaxHoursDaily", "Teacher_Name", false, true),
    MAX_HOURS_CONTINUOUSLY("MaxHoursContinuously", "Teacher_Name", false, true),
    MIN_HOURS_DAILY("MinHoursDaily", "Teacher_Name", false, true);

    static final String STUDENTS_ELEMENT = "Students";

    final String suffix;
    final String teacherElement;
    final boolean studentsFirst;
    /** Whether FET also has the "all teachers" and "all students" forms. */
    final boolean forEveryone;

    ScopedKind(String suffix, String teacherElement, boolean studentsFirst, boolean forEveryone) {
        this.suffix = suffix;
        this.teacherElement = teacherElement;
        this.studentsFirst = studentsFirst;
        this.forEveryone = forEveryone;
    }

    static Optional<ScopedKind> withSuffix(String suffix) {
        return Arrays.stream(values()).filter(k -> k.suffix.equals(suffix)).findFirst();
    }
}
