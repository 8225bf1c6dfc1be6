package vn.edu.ecenter.academics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import vn.edu.ecenter.academics.CalendarDay;
import vn.edu.ecenter.academics.TeachingWeek;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;

/**
 * Teaching weeks of a school year. Weeks run Monday to Sunday; school days are Monday to Saturday (FROM MEMORY: GDTX
 * centres teach Monday–Saturday, vn-regulations §3.2) except holidays, plus make-up days. Week 1 of a semester is the
 * week of its first day; a week without any school day inside the semester (e.g. the Tết break) is not a teaching week
 * and is not counted.
 */
record TeachingCalendar(SchoolYearView year, Map<LocalDate, CalendarDay> marked) {

    boolean isSchoolDay(LocalDate date) {
        CalendarDay mark = marked.get(date);
        if (mark != null) {
            return mark.kind() == CalendarDay.Kind.MAKE_UP;
        }
        return date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    Optional<TeachingWeek> weekOf(LocalDate date) {
        int before = 0;
        for (SemesterView semester : year.semesters()) {
            if (date.isBefore(semester.startsOn()) || date.isAfter(semester.endsOn())) {
                before += countedWeeks(semester, semester.endsOn());
                continue;
            }
            if (!hasSchoolDay(semester, monday(date))) {
                return Optional.empty();
            }
            int week = countedWeeks(semester, date);
            return Optional.of(new TeachingWeek(semester.number(), week, before + week, isSchoolDay(date)));
        }
        return Optional.empty();
    }

    /** Teaching weeks of the semester from its start up to and including the week of {@code until}. */
    private int countedWeeks(SemesterView semester, LocalDate until) {
        int count = 0;
        for (LocalDate monday = monday(semester.startsOn()); !monday.isAfter(until); monday = monday.plusWeeks(1)) {
            if (hasSchoolDay(semester, monday)) {
                count++;
            }
        }
        return count;
    }

    private boolean hasSchoolDay(SemesterView semester, LocalDate monday) {
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            if (!day.isBefore(semester.startsOn()) && !day.isAfter(semester.endsOn()) && isSchoolDay(day)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
