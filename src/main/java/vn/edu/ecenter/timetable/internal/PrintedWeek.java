package vn.edu.ecenter.timetable.internal;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.centre.WeekGrid.Period;
import vn.edu.ecenter.timetable.centre.WeekGrid.Session;

/**
 * One timetable as a printed page or a sheet shows it: the days across, each session's periods down (with their
 * times), in each cell the lines of the lessons there. A page shows only the sessions it has lessons in (all of them
 * when it has none), so a morning class's page holds no empty afternoon.
 *
 * @param heading e.g. "THỜI KHÓA BIỂU LỚP 10A1"
 * @param days the days' names, in the grid's order
 */
public record PrintedWeek(String heading, String name, List<String> days, List<SessionRows> sessions) {

    /** A session's periods, in order. */
    public record SessionRows(String name, List<PeriodRow> rows) {}

    /**
     * A period across the days.
     *
     * @param cells per day, the lines of the lessons there (empty when none)
     */
    public record PeriodRow(int period, String times, List<List<String>> cells) {}

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The week of the lessons {@code shown} selects, each described by {@code lines}.
     *
     * @param dayName a day's name ("Thứ 2")
     * @param sessionName a session's name ("Sáng")
     */
    static PrintedWeek of(
            String heading,
            String name,
            WeekGrid grid,
            List<LessonView> lessons,
            Predicate<LessonView> shown,
            Function<LessonView, List<String>> lines,
            Function<DayOfWeek, String> dayName,
            Function<Session, String> sessionName) {
        List<LessonView> mine = lessons.stream().filter(shown).toList();
        List<SessionRows> sessions = new ArrayList<>();
        for (Session session : grid.sessions()) {
            boolean used = mine.stream().anyMatch(l -> l.start().session() == session.kind());
            if (!used && !mine.isEmpty()) {
                continue;
            }
            List<PeriodRow> rows = new ArrayList<>();
            for (Period period : session.periods()) {
                List<List<String>> cells = new ArrayList<>();
                for (DayOfWeek day : grid.days()) {
                    Slot slot = new Slot(day, session.kind(), period.number());
                    List<String> cell = new ArrayList<>();
                    mine.stream().filter(l -> l.covers(slot)).forEach(l -> cell.addAll(lines.apply(l)));
                    cells.add(cell);
                }
                rows.add(new PeriodRow(period.number(), times(period), cells));
            }
            sessions.add(new SessionRows(sessionName.apply(session), rows));
        }
        return new PrintedWeek(heading, name, grid.days().stream().map(dayName).toList(), sessions);
    }

    static String times(Period period) {
        return TIME.format(period.start()) + "–" + TIME.format(period.end());
    }
}
