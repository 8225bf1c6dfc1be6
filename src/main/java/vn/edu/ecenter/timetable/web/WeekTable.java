package vn.edu.ecenter.timetable.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * A timetable drawn as a week: one row per period of the sessions shown, one column per day, each cell with the
 * lessons that occupy it (a double period fills two cells).
 */
record WeekTable(List<DayOfWeek> days, List<Row> rows) {

    /** A period of a session across the week. */
    record Row(ClassSession session, WeekGrid.Period period, boolean firstOfSession, List<Cell> cells) {}

    record Cell(Slot slot, List<LessonView> lessons) {

        public boolean clash() {
            return lessons.size() > 1;
        }
    }

    /** The week of the grid for the lessons given, showing the sessions they fall in (or every session if none). */
    static WeekTable of(WeekGrid grid, List<LessonView> lessons) {
        Set<ClassSession> used = lessons.isEmpty()
                ? Set.copyOf(
                        grid.sessions().stream().map(WeekGrid.Session::kind).toList())
                : Set.copyOf(lessons.stream().map(l -> l.start().session()).toList());
        List<Row> rows = new ArrayList<>();
        for (WeekGrid.Session session : grid.sessions()) {
            if (!used.contains(session.kind())) {
                continue;
            }
            for (WeekGrid.Period period : session.periods()) {
                List<Cell> cells = new ArrayList<>();
                for (DayOfWeek day : grid.days()) {
                    Slot slot = new Slot(day, session.kind(), period.number());
                    cells.add(new Cell(
                            slot, lessons.stream().filter(l -> l.covers(slot)).toList()));
                }
                rows.add(new Row(session.kind(), period, period.number() == 1, cells));
            }
        }
        return new WeekTable(grid.days(), rows);
    }
}
