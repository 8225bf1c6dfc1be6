package vn.edu.ecenter.timetable.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * The whole centre's timetable on one page (thời khóa biểu toàn trường): one row per class, one column per period of
 * each day, each cell the subject and teacher of the class's lesson then (in the class's own session).
 */
record CentreTable(List<DayOfWeek> days, int periods, List<Row> rows) {

    record Row(UUID classId, String className, ClassSession session, List<List<LessonView>> cells) {}

    static CentreTable of(WeekGrid grid, List<LessonView> lessons, Map<UUID, String> classes) {
        int periods =
                grid.sessions().stream().mapToInt(s -> s.periods().size()).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        classes.forEach((classId, name) -> {
            List<LessonView> ofClass =
                    lessons.stream().filter(l -> l.classId().equals(classId)).toList();
            ClassSession session = ofClass.getFirst().start().session();
            List<List<LessonView>> cells = new ArrayList<>();
            for (DayOfWeek day : grid.days()) {
                for (int period = 1; period <= periods; period++) {
                    Slot slot = new Slot(day, session, period);
                    cells.add(ofClass.stream().filter(l -> l.covers(slot)).toList());
                }
            }
            rows.add(new Row(classId, name, session, cells));
        });
        return new CentreTable(grid.days(), periods, rows);
    }
}
