package vn.edu.ecenter.timetable.centre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.centre.CentreData.Course;
import vn.edu.ecenter.timetable.centre.CentreData.FixedActivity;
import vn.edu.ecenter.timetable.centre.CentreData.GroupMeeting;
import vn.edu.ecenter.timetable.centre.CentreData.Room;
import vn.edu.ecenter.timetable.centre.CentreData.SchoolClass;
import vn.edu.ecenter.timetable.centre.CentreData.Teacher;

/**
 * What makes a centre's data impossible to timetable, found by counting before any search: references to classes,
 * teachers or courses that do not exist, a class with more periods than its session has in the week, a teacher with
 * more periods in a session than the slots left to them there (after the slots hard rules forbid), a room kind no
 * room has or too few such rooms, a double period where the session has no two periods in a row. Each reason names
 * the class, teacher, subject or room and the numbers.
 */
final class DemandCheck {

    private final CentreData data;
    private final WeekGrid grid;
    private final Wording wording;
    private final List<String> reasons = new ArrayList<>();
    private final Map<String, SchoolClass> classes = new HashMap<>();
    private final Map<String, Teacher> teachers = new HashMap<>();

    private DemandCheck(CentreData data, Wording wording) {
        this.data = data;
        this.grid = data.grid();
        this.wording = wording;
        data.classes().forEach(c -> classes.put(c.id(), c));
        data.teachers().forEach(t -> teachers.put(t.id(), t));
    }

    /** Every reason the data cannot be timetabled; empty when the counts allow a timetable. */
    static List<String> reasons(CentreData data, Wording wording) {
        DemandCheck check = new DemandCheck(data, wording);
        check.references();
        if (check.reasons.isEmpty()) {
            check.classes();
            check.teachers();
            check.rooms();
        }
        return List.copyOf(check.reasons);
    }

    private void references() {
        for (SchoolClass schoolClass : data.classes()) {
            if (grid.sessionIndex(schoolClass.session()) < 0) {
                reason("class.session", schoolClass.name(), session(schoolClass.session()));
            }
        }
        Set<String> courseIds = new HashSet<>();
        for (Course course : data.courses()) {
            courseIds.add(course.id());
            if (!classes.containsKey(course.classId())) {
                reason("course.class", course.subjectName(), course.classId());
            } else if (!teachers.containsKey(course.teacherId())) {
                reason("course.teacher", course.subjectName(), className(course), course.teacherId());
            } else if (course.periods() < 0 || course.doubles() < 0 || 2 * course.doubles() > course.periods()) {
                reason("course.doubles", course.subjectName(), className(course), course.periods(), course.doubles());
            }
        }
        for (FixedActivity fixed : data.fixedActivities()) {
            SchoolClass schoolClass = classes.get(fixed.classId());
            if (schoolClass == null) {
                reason("fixed.class", fixed.name(), fixed.classId());
            } else if (fixed.teacherId() != null && !teachers.containsKey(fixed.teacherId())) {
                reason("fixed.teacher", fixed.name(), schoolClass.name(), fixed.teacherId());
            } else if (fixed.slot().session() != schoolClass.session()
                    || grid.time(fixed.slot()) < 0
                    || grid.time(new Slot(
                                    fixed.slot().day(),
                                    fixed.slot().session(),
                                    fixed.slot().period() + fixed.duration() - 1))
                            < 0) {
                reason("fixed.slot", fixed.name(), schoolClass.name(), wording.slot(fixed.slot()));
            }
        }
        for (GroupMeeting meeting : data.meetings()) {
            if (!grid.days().contains(meeting.day()) || grid.sessionIndex(meeting.session()) < 0) {
                reason("meeting.slot", meeting.name());
            }
            for (String teacherId : meeting.teacherIds()) {
                if (!teachers.containsKey(teacherId)) {
                    reason("meeting.teacher", meeting.name(), teacherId);
                }
            }
        }
        for (CentreData.Pin pin : data.pins()) {
            if (!courseIds.contains(pin.courseId())) {
                reason("pin.course", pin.courseId(), wording.slot(pin.start()));
            }
        }
    }

    private void classes() {
        Map<String, Integer> demand = new HashMap<>();
        data.courses().forEach(c -> demand.merge(c.classId(), c.periods(), Integer::sum));
        data.fixedActivities().forEach(f -> demand.merge(f.classId(), f.duration(), Integer::sum));
        Rules.Setting perDay = data.rules().get(Rule.CLASS_MAX_PER_DAY);
        for (SchoolClass schoolClass : data.classes()) {
            int periods = demand.getOrDefault(schoolClass.id(), 0);
            int slots = slotsIn(schoolClass.session());
            if (periods > slots) {
                reason("class.periods", schoolClass.name(), periods, session(schoolClass.session()), slots);
            } else if (binding(perDay) && periods > perDay.limit() * grid.days().size()) {
                reason(
                        "class.perDay",
                        schoolClass.name(),
                        periods,
                        perDay.limit(),
                        grid.days().size());
            }
        }
        Rules.Setting acrossBreak = data.rules().get(Rule.DOUBLE_ACROSS_BREAK);
        for (Course course : data.courses()) {
            if (course.doubles() > 0
                    && !hasDoubleStart(classes.get(course.classId()).session(), acrossBreak)) {
                reason("course.noDouble", course.subjectName(), className(course));
            }
        }
    }

    private void teachers() {
        Map<String, Map<ClassSession, Integer>> demand = new HashMap<>();
        for (Course course : data.courses()) {
            demand.computeIfAbsent(course.teacherId(), id -> new HashMap<>())
                    .merge(classes.get(course.classId()).session(), course.periods(), Integer::sum);
        }
        for (FixedActivity fixed : data.fixedActivities()) {
            if (fixed.teacherId() != null) {
                demand.computeIfAbsent(fixed.teacherId(), id -> new HashMap<>())
                        .merge(fixed.slot().session(), fixed.duration(), Integer::sum);
            }
        }
        Rules.Setting perDay = data.rules().get(Rule.TEACHER_MAX_PER_DAY);
        for (Teacher teacher : data.teachers()) {
            Map<ClassSession, Integer> periods = demand.getOrDefault(teacher.id(), Map.of());
            Set<Slot> blocked = blocked(teacher);
            for (Map.Entry<ClassSession, Integer> entry : periods.entrySet()) {
                int free = slotsIn(entry.getKey())
                        - (int) blocked.stream()
                                .filter(s -> s.session() == entry.getKey())
                                .count();
                if (entry.getValue() > free) {
                    reason("teacher.periods", teacher.name(), entry.getValue(), session(entry.getKey()), free);
                }
            }
            int total = periods.values().stream().mapToInt(Integer::intValue).sum();
            if (binding(perDay) && total > perDay.limit() * grid.days().size()) {
                reason(
                        "teacher.perDay",
                        teacher.name(),
                        total,
                        perDay.limit(),
                        grid.days().size());
            }
        }
    }

    private void rooms() {
        Map<String, Integer> roomsOfKind = new HashMap<>();
        for (Room room : data.rooms()) {
            roomsOfKind.merge(room.kind(), 1, Integer::sum);
        }
        Map<String, Map<ClassSession, Integer>> demand = new HashMap<>();
        for (Course course : data.courses()) {
            String kind = course.roomKind();
            if (kind == null || course.periods() == 0) {
                continue;
            }
            if (!roomsOfKind.containsKey(kind)) {
                reason("room.kind", course.subjectName(), className(course), kind);
                continue;
            }
            demand.computeIfAbsent(kind, k -> new HashMap<>())
                    .merge(classes.get(course.classId()).session(), course.periods(), Integer::sum);
        }
        demand.forEach((kind, bySession) -> bySession.forEach((session, periods) -> {
            int slots = roomsOfKind.get(kind) * slotsIn(session);
            if (periods > slots) {
                reason("room.periods", kind, periods, session(session), slots);
            }
        }));
    }

    /** The slots a teacher may not teach in under the hard rules. */
    private Set<Slot> blocked(Teacher teacher) {
        Set<Slot> blocked = new HashSet<>();
        if (binding(data.rules().get(Rule.TEACHER_ELSEWHERE))) {
            blocked.addAll(teacher.elsewhere());
        }
        if (binding(data.rules().get(Rule.TEACHER_UNAVAILABLE))) {
            blocked.addAll(teacher.unavailable());
        }
        if (binding(data.rules().get(Rule.GROUP_MEETING))) {
            for (GroupMeeting meeting : data.meetings()) {
                if (meeting.teacherIds().contains(teacher.id())) {
                    WeekGrid.Session session = grid.sessions().get(grid.sessionIndex(meeting.session()));
                    session.periods().forEach(p -> blocked.add(new Slot(meeting.day(), meeting.session(), p.number())));
                }
            }
        }
        blocked.removeIf(slot -> grid.time(slot) < 0);
        return blocked;
    }

    private boolean hasDoubleStart(ClassSession kind, Rules.Setting acrossBreak) {
        WeekGrid.Session session = grid.sessions().get(grid.sessionIndex(kind));
        for (int period = 1; period < session.periods().size(); period++) {
            if (!binding(acrossBreak) || !session.breakAfter().contains(period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean binding(Rules.Setting setting) {
        return setting.enabled() && setting.hard();
    }

    private int slotsIn(ClassSession kind) {
        return grid.days().size()
                * grid.sessions().get(grid.sessionIndex(kind)).periods().size();
    }

    private String className(Course course) {
        return classes.get(course.classId()).name();
    }

    private String session(ClassSession kind) {
        return wording.text("timetable.session." + kind);
    }

    private void reason(String key, Object... args) {
        reasons.add(wording.text("timetable.impossible." + key, args));
    }
}
