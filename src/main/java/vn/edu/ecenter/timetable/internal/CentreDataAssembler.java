package vn.edu.ecenter.timetable.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.timetable.centre.CentreData;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.internal.SetupStore.FixedRow;
import vn.edu.ecenter.timetable.internal.SetupStore.MeetingRow;
import vn.edu.ecenter.timetable.internal.SetupStore.OptionRow;
import vn.edu.ecenter.timetable.internal.SetupStore.Setup;
import vn.edu.ecenter.timetable.internal.SetupStore.TeacherSlotRow;
import vn.edu.ecenter.timetable.internal.VersionStore.LessonRow;

/**
 * Puts together what a school year's timetable is made from: the classes and teaching assignments of module academics,
 * the set-up, and the lessons pinned in the version. A course is one teaching assignment (id "classId/subjectId");
 * its periods a week are the assignment's, rounded half up (1.5 → 2; FROM MEMORY: centres alternate or round such
 * subjects, so a course option can set another number), unless its course option sets them.
 */
@Component
class CentreDataAssembler {

    /** The data, and the names to copy into the lessons written from it. */
    record Assembled(
            CentreData data,
            Map<String, String> classNames,
            Map<String, String> teacherNames,
            Map<String, AssignmentView> courses) {}

    private final Academics academics;

    CentreDataAssembler(Academics academics) {
        this.academics = academics;
    }

    Assembled assemble(UUID schoolYearId, Setup setup, List<LessonRow> lessons) {
        List<ClassView> classes = academics.classes(schoolYearId);
        List<AssignmentView> assignments = academics.assignmentsOfYear(schoolYearId);
        Map<String, String> classNames = new LinkedHashMap<>();
        Map<String, String> teacherNames = new LinkedHashMap<>();
        Map<String, AssignmentView> byCourse = new LinkedHashMap<>();
        List<CentreData.SchoolClass> schoolClasses = new ArrayList<>();
        for (ClassView c : classes) {
            classNames.put(c.id().toString(), c.name());
            schoolClasses.add(new CentreData.SchoolClass(c.id().toString(), c.name(), c.session(), c.learners()));
        }
        List<CentreData.Course> courses = new ArrayList<>();
        for (AssignmentView a : assignments) {
            String id = courseId(a.classId(), a.subjectId());
            OptionRow option = setup.options().get(id);
            int periods = option != null && option.periods() != null ? option.periods() : periods(a.periodsPerWeek());
            int doubles = option == null ? 0 : Math.min(option.doubles(), periods / 2);
            if (periods == 0) {
                continue;
            }
            byCourse.put(id, a);
            teacherNames.put(a.staffId().toString(), a.teacherName());
            courses.add(new CentreData.Course(
                    id,
                    a.classId().toString(),
                    a.subjectCode(),
                    a.subjectName(),
                    a.staffId().toString(),
                    periods,
                    doubles,
                    option == null ? null : option.roomKind()));
        }
        List<CentreData.FixedActivity> fixed = new ArrayList<>();
        for (FixedRow row : setup.fixed()) {
            for (ClassView c : classes) {
                if (row.session() != null && row.session() != c.session()) {
                    continue;
                }
                UUID leader = row.homeroomLeads() ? c.homeroomStaffId() : null;
                if (leader != null) {
                    teacherNames.putIfAbsent(leader.toString(), c.homeroomName() == null ? "" : c.homeroomName());
                }
                fixed.add(new CentreData.FixedActivity(
                        row.name(),
                        c.id().toString(),
                        leader == null ? null : leader.toString(),
                        new Slot(row.day(), c.session(), row.period()),
                        row.duration()));
            }
        }
        List<CentreData.Teacher> teachers = teachers(teacherNames, setup.teacherSlots());
        List<CentreData.GroupMeeting> meetings = new ArrayList<>();
        for (MeetingRow meeting : setup.meetings()) {
            Set<String> members = new HashSet<>();
            for (AssignmentView a : assignments) {
                if (meeting.subjectCodes().contains(a.subjectCode())) {
                    members.add(a.staffId().toString());
                }
            }
            meetings.add(new CentreData.GroupMeeting(
                    meeting.name(), members.stream().sorted().toList(), meeting.day(), meeting.session()));
        }
        List<CentreData.Room> rooms = setup.rooms().stream()
                .map(r -> new CentreData.Room(r.id().toString(), r.name(), r.kind(), r.capacity()))
                .toList();
        List<CentreData.Pin> pins = lessons.stream()
                .filter(l -> l.pinned() && l.subjectId() != null)
                .map(l -> new CentreData.Pin(courseId(l.classId(), l.subjectId()), l.start(), l.duration()))
                .filter(pin -> byCourse.containsKey(pin.courseId()))
                .toList();
        CentreData data = new CentreData(
                setup.grid(), schoolClasses, teachers, rooms, courses, fixed, meetings, pins, setup.rules());
        return new Assembled(data, classNames, teacherNames, byCourse);
    }

    static String courseId(UUID classId, @Nullable UUID subjectId) {
        return classId + "/" + subjectId;
    }

    private static List<CentreData.Teacher> teachers(Map<String, String> names, List<TeacherSlotRow> slots) {
        Map<String, Set<Slot>> busy = new HashMap<>();
        Map<String, Set<Slot>> elsewhere = new HashMap<>();
        for (TeacherSlotRow row : slots) {
            (row.elsewhere() ? elsewhere : busy)
                    .computeIfAbsent(row.staffId().toString(), id -> new HashSet<>())
                    .add(row.slot());
        }
        List<CentreData.Teacher> teachers = new ArrayList<>();
        names.forEach((id, name) -> teachers.add(new CentreData.Teacher(
                id, name, busy.getOrDefault(id, Set.of()), elsewhere.getOrDefault(id, Set.of()))));
        return teachers;
    }

    /** The periods a week of an assignment as the timetable counts them (for the workload view). */
    static int periods(BigDecimal perWeek) {
        return perWeek.setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
