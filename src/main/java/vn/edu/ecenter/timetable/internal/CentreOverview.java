package vn.edu.ecenter.timetable.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.centre.WeekGrid.Period;
import vn.edu.ecenter.timetable.centre.WeekGrid.Session;

/**
 * The whole centre on one overview (TKB toàn trường): per session that has lessons, the classes down and the days ×
 * periods across, each cell a short subject and the teacher's given name.
 */
public record CentreOverview(List<Block> blocks) {

    /**
     * A session's table.
     *
     * @param times the periods' times, e.g. "1: 07:00–07:45; 2: 07:50–08:35"
     * @param periods the period numbers under each day
     */
    public record Block(String name, String times, List<String> days, List<Integer> periods, List<Row> rows) {}

    /** A class's row: per day and period, in that order, the cell's lines. */
    public record Row(String className, List<List<String>> cells) {}

    static CentreOverview of(
            WeekGrid grid,
            List<LessonView> lessons,
            Comparator<String> classOrder,
            Function<LessonView, List<String>> lines,
            Function<DayOfWeek, String> dayName,
            Function<Session, String> sessionName) {
        List<Block> blocks = new ArrayList<>();
        for (Session session : grid.sessions()) {
            List<LessonView> inSession = lessons.stream()
                    .filter(l -> l.start().session() == session.kind())
                    .toList();
            if (inSession.isEmpty()) {
                continue;
            }
            List<String> classes = inSession.stream()
                    .map(LessonView::className)
                    .distinct()
                    .sorted(classOrder)
                    .toList();
            List<Row> rows = new ArrayList<>();
            for (String className : classes) {
                List<List<String>> cells = new ArrayList<>();
                for (DayOfWeek day : grid.days()) {
                    for (Period period : session.periods()) {
                        Slot slot = new Slot(day, session.kind(), period.number());
                        List<String> cell = new ArrayList<>();
                        inSession.stream()
                                .filter(l -> l.className().equals(className) && l.covers(slot))
                                .forEach(l -> cell.addAll(lines.apply(l)));
                        cells.add(cell);
                    }
                }
                rows.add(new Row(className, cells));
            }
            List<String> times = session.periods().stream()
                    .map(p -> p.number() + ": " + PrintedWeek.times(p))
                    .toList();
            blocks.add(new Block(
                    sessionName.apply(session),
                    String.join("; ", times),
                    grid.days().stream().map(dayName).toList(),
                    session.periods().stream().map(Period::number).toList(),
                    rows));
        }
        return new CentreOverview(blocks);
    }
}
