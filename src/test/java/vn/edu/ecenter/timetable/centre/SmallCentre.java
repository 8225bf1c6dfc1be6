package vn.edu.ecenter.timetable.centre;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static vn.edu.ecenter.academics.ClassSession.AFTERNOON;
import static vn.edu.ecenter.academics.ClassSession.MORNING;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.centre.CentreData.Course;
import vn.edu.ecenter.timetable.centre.CentreData.FixedActivity;
import vn.edu.ecenter.timetable.centre.CentreData.GroupMeeting;
import vn.edu.ecenter.timetable.centre.CentreData.Pin;
import vn.edu.ecenter.timetable.centre.CentreData.Room;
import vn.edu.ecenter.timetable.centre.CentreData.SchoolClass;
import vn.edu.ecenter.timetable.centre.CentreData.Teacher;

/**
 * A small centre to write tests with: class 10A1 (morning, 40 learners) and 10A2 (afternoon, 30 learners); teachers
 * Hà (Toán in both, 3 periods with one double), Lan (Văn in 10A1, 2 periods), Minh (Tin in 10A1, 2 periods in the
 * computer room); one computer room for 35. Tests change what they need.
 */
final class SmallCentre {

    WeekGrid grid = WeekGrid.standard(true);
    List<SchoolClass> classes = new ArrayList<>(
            List.of(new SchoolClass("A1", "10A1", MORNING, 40), new SchoolClass("A2", "10A2", AFTERNOON, 30)));
    List<Teacher> teachers =
            new ArrayList<>(List.of(teacher("HA", "Hà"), teacher("LAN", "Lan"), teacher("MINH", "Minh")));
    List<Room> rooms = new ArrayList<>(List.of(new Room("PM", "Phòng máy", "Phòng máy tính", 35)));
    List<Course> courses = new ArrayList<>(List.of(
            course("A1/TOAN", "A1", "Toán", "HA", 3, 1, null),
            course("A2/TOAN", "A2", "Toán", "HA", 3, 1, null),
            course("A1/VAN", "A1", "Ngữ văn", "LAN", 2, 0, null),
            course("A1/TIN", "A1", "Tin học", "MINH", 2, 0, "Phòng máy tính")));
    List<FixedActivity> fixed = new ArrayList<>(List.of(
            new FixedActivity("Chào cờ", "A1", null, slot(MONDAY, MORNING, 1), 1),
            new FixedActivity("Sinh hoạt lớp", "A1", "LAN", slot(SATURDAY, MORNING, 5), 1)));
    List<GroupMeeting> meetings = new ArrayList<>();
    List<Pin> pins = new ArrayList<>();
    Rules rules = Rules.defaults();

    static Teacher teacher(String id, String name) {
        return new Teacher(id, name, Set.of(), Set.of());
    }

    static Course course(
            String id,
            String classId,
            String subject,
            String teacher,
            int periods,
            int doubles,
            @Nullable String room) {
        return new Course(id, classId, id.substring(id.indexOf('/') + 1), subject, teacher, periods, doubles, room);
    }

    static Slot slot(DayOfWeek day, ClassSession session, int period) {
        return new Slot(day, session, period);
    }

    SmallCentre rule(Rule rule, boolean hard, int weight, int limit) {
        rules = rules.with(rule, new Rules.Setting(true, hard, weight, limit));
        return this;
    }

    SmallCentre off(Rule rule) {
        Rules.Setting now = rules.get(rule);
        rules = rules.with(rule, new Rules.Setting(false, now.hard(), now.weight(), now.limit()));
        return this;
    }

    CentreData data() {
        return new CentreData(grid, classes, teachers, rooms, courses, fixed, meetings, pins, rules);
    }

    CentreProblem problem() {
        return CentreProblem.of(data(), Wording.vietnamese());
    }
}
