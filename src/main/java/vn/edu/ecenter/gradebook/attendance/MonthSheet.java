package vn.edu.ecenter.gradebook.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/**
 * A class's attendance over one month: learners (class-list order) × school days.
 *
 * @param days the school days of the month within the school year, plus any other date with a record, in order
 * @param previous the month before, when it is still in the school year
 * @param next the month after, when it is in the school year and not after the current month
 */
public record MonthSheet(
        UUID classId,
        String className,
        YearMonth month,
        List<LocalDate> days,
        List<Row> rows,
        @Nullable YearMonth previous,
        @Nullable YearMonth next) {

    /**
     * One learner.
     *
     * @param days per day of {@link MonthSheet#days()}, the statuses of the sessions recorded, in session order (empty:
     *     nothing recorded)
     * @param month the month's days absent (late arrivals are not turned into days here)
     * @param year the school year's days absent so far
     * @param inClass false for a learner with records in the month who was not on the class list during it
     */
    public record Row(
            int number,
            UUID learnerId,
            String code,
            PersonName name,
            List<List<AttendanceStatus>> days,
            AbsenceCount month,
            AbsenceCount year,
            boolean inClass) {}
}
