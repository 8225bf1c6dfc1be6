package vn.edu.ecenter.timetable.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.CentreData;
import vn.edu.ecenter.timetable.centre.Rule;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.centre.Wording;
import vn.edu.ecenter.timetable.fet.Activity;
import vn.edu.ecenter.timetable.fet.ConstraintHeader;
import vn.edu.ecenter.timetable.fet.FetConstraint;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetWriter;
import vn.edu.ecenter.timetable.fet.Placement;
import vn.edu.ecenter.timetable.fet.Room;
import vn.edu.ecenter.timetable.fet.Scope;
import vn.edu.ecenter.timetable.fet.StudentsSet;
import vn.edu.ecenter.timetable.fet.Subject;
import vn.edu.ecenter.timetable.fet.Teacher;
import vn.edu.ecenter.timetable.fet.TimeSlot;
import vn.edu.ecenter.timetable.fet.Timetable;
import vn.edu.ecenter.timetable.internal.CentreDataAssembler.Assembled;
import vn.edu.ecenter.timetable.internal.VersionStore.LessonRow;

/**
 * A timetable version as a FET file ("data and timetable", as FET saves one): the week (days; every period of every
 * session as FET's hours), subjects, teachers, each class as a year, each lesson as an activity (a subject's lessons in
 * a class share an activity group), the hard rules FET can say — a class only in its own session, a shared teacher not
 * while teaching elsewhere, a busy teacher when that rule is hard — and every lesson locked at its slot. A centre can
 * take its data and timetable to FET, or check it there. Rooms are listed, and a lesson given a room carries it as FET
 * saves a timetable's rooms: a permanently locked, compulsory preferred room (ConstraintActivityPreferredRoom).
 */
@Component
class FetExport {

    private final VersionStore versions;
    private final SetupStore setups;
    private final CentreDataAssembler assembler;

    FetExport(VersionStore versions, SetupStore setups, CentreDataAssembler assembler) {
        this.versions = versions;
        this.setups = setups;
        this.assembler = assembler;
    }

    byte[] export(VersionView version, String institution, Locale locale) {
        Wording wording = Wording.of(locale);
        List<LessonRow> rows = versions.lessons(version.id());
        Assembled assembled = assembler.assemble(version.schoolYearId(), setups.setup(version.schoolYearId()), rows);
        CentreData data = assembled.data();
        WeekGrid grid = data.grid();
        List<String> days = grid.days().stream().map(wording::day).toList();
        List<String> hours = new ArrayList<>();
        for (WeekGrid.Session session : grid.sessions()) {
            for (WeekGrid.Period period : session.periods()) {
                hours.add(wording.text("timetable.session." + session.kind()) + " " + period.number() + " ("
                        + period.start() + ")");
            }
        }
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> teachers = new LinkedHashSet<>();
        Map<String, Integer> groupOf = new HashMap<>();
        Map<String, Integer> totalOf = new HashMap<>();
        for (LessonRow row : rows) {
            totalOf.merge(group(row), row.duration(), Integer::sum);
        }
        Map<String, String> roomNames = new HashMap<>();
        data.rooms().forEach(room -> roomNames.put(room.id(), room.name()));
        List<Activity> activities = new ArrayList<>();
        Map<Integer, Placement> placements = new LinkedHashMap<>();
        int id = 0;
        for (LessonRow row : rows) {
            id++;
            subjects.add(row.title());
            if (row.teacherName() != null) {
                teachers.add(row.teacherName());
            }
            String group = group(row);
            boolean split = totalOf.get(group) > row.duration();
            int groupId = split ? groupOf.computeIfAbsent(group, g -> activityId(activities)) : 0;
            activities.add(new Activity(
                    id,
                    groupId,
                    row.teacherName() == null ? List.of() : List.of(row.teacherName()),
                    row.title(),
                    List.of(),
                    List.of(row.className()),
                    row.duration(),
                    split ? totalOf.get(group) : row.duration(),
                    true,
                    ""));
            int time = grid.time(row.start());
            if (time >= 0) {
                String room =
                        row.roomId() == null ? null : roomNames.get(row.roomId().toString());
                placements.put(id, new Placement(time / grid.timesPerDay(), time % grid.timesPerDay(), room));
            }
        }
        List<FetConstraint> time = new ArrayList<>();
        time.add(new FetConstraint.BasicCompulsoryTime(ConstraintHeader.compulsory()));
        for (CentreData.SchoolClass schoolClass : data.classes()) {
            time.add(new FetConstraint.NotAvailableTimes(
                    ConstraintHeader.compulsory(),
                    new Scope.OneStudentsSet(schoolClass.name()),
                    slotsOutside(grid, schoolClass.session())));
        }
        boolean busyIsHard = data.rules().get(Rule.TEACHER_UNAVAILABLE).enabled()
                && data.rules().get(Rule.TEACHER_UNAVAILABLE).hard();
        for (CentreData.Teacher teacher : data.teachers()) {
            Set<Slot> blocked = new LinkedHashSet<>(teacher.elsewhere());
            if (busyIsHard) {
                blocked.addAll(teacher.unavailable());
            }
            if (!blocked.isEmpty() && teachers.contains(teacher.name())) {
                time.add(new FetConstraint.NotAvailableTimes(
                        ConstraintHeader.compulsory(),
                        new Scope.OneTeacher(teacher.name()),
                        blocked.stream()
                                .mapToInt(grid::time)
                                .filter(t -> t >= 0)
                                .sorted()
                                .mapToObj(t -> new TimeSlot(t / grid.timesPerDay(), t % grid.timesPerDay()))
                                .toList()));
            }
        }
        FetDocument document = new FetDocument(
                institution,
                wording.text("timetable.fet.comments", version.number()),
                days,
                hours,
                subjects.stream().map(s -> new Subject(s, "")).toList(),
                List.of(),
                teachers.stream().map(t -> new Teacher(t, "")).toList(),
                data.classes().stream()
                        .map(c -> new StudentsSet(c.name(), c.learners(), "", List.of()))
                        .toList(),
                activities,
                List.of(),
                data.rooms().stream()
                        .map(r -> new Room(r.name(), null, r.capacity(), r.kind()))
                        .toList(),
                time,
                List.of(new FetConstraint.BasicCompulsorySpace(ConstraintHeader.compulsory())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FetWriter.write(FetWriter.withTimetable(document, new Timetable(placements)), out);
        return out.toByteArray();
    }

    /** A subject's lessons in a class form one activity group; each fixed activity is its own. */
    private static String group(LessonRow row) {
        return row.subjectId() == null ? "fixed/" + row.id() : row.classId() + "/" + row.subjectId();
    }

    /** The id the next activity gets (FET names a group by its first activity's id). */
    private static int activityId(List<Activity> activities) {
        return activities.size() + 1;
    }

    /** Every slot of the week outside the session: a class of that session is not available then. */
    private static List<TimeSlot> slotsOutside(WeekGrid grid, ClassSession session) {
        List<TimeSlot> slots = new ArrayList<>();
        for (int t = 0; t < grid.times(); t++) {
            if (grid.slot(t).session() != session) {
                slots.add(new TimeSlot(t / grid.timesPerDay(), t % grid.timesPerDay()));
            }
        }
        return slots;
    }
}
