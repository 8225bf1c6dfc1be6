package vn.edu.ecenter.timetable.centre;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.ClassSession;

/**
 * Everything a centre's timetable is made from: the week grid, classes, teachers, rooms, the courses to teach (one
 * per teaching assignment), the fixed activities, the subject-group meetings, lessons pinned by hand, and the rules
 * with the user's choice of hard or soft and weight. Identifiers are the records' ids as text.
 */
public record CentreData(
        WeekGrid grid,
        List<SchoolClass> classes,
        List<Teacher> teachers,
        List<Room> rooms,
        List<Course> courses,
        List<FixedActivity> fixedActivities,
        List<GroupMeeting> meetings,
        List<Pin> pins,
        Rules rules) {

    public CentreData {
        classes = List.copyOf(classes);
        teachers = List.copyOf(teachers);
        rooms = List.copyOf(rooms);
        courses = List.copyOf(courses);
        fixedActivities = List.copyOf(fixedActivities);
        meetings = List.copyOf(meetings);
        pins = List.copyOf(pins);
    }

    /** A class, which studies in one session of the day (GDTX plans one session a day), with its number of learners. */
    public record SchoolClass(String id, String name, ClassSession session, int learners) {}

    /**
     * A teacher, with the slots they asked not to teach in (bận, nghỉ) and the slots they teach at another institution
     * (giáo viên dạy liên trường), kept apart because the second is rarely negotiable.
     */
    public record Teacher(String id, String name, Set<Slot> unavailable, Set<Slot> elsewhere) {

        public Teacher {
            unavailable = Set.copyOf(unavailable);
            elsewhere = Set.copyOf(elsewhere);
        }
    }

    /** A room that lessons must choose (a lab, the computer room), of a kind, seating {@code capacity} learners. */
    public record Room(String id, String name, String kind, int capacity) {}

    /**
     * A subject taught to a class by a teacher: {@code periods} a week, of which {@code doubles} are taught as double
     * periods (tiết đôi); {@code roomKind}, when set, the kind of room each lesson needs.
     */
    public record Course(
            String id,
            String classId,
            String subjectCode,
            String subjectName,
            String teacherId,
            int periods,
            int doubles,
            @Nullable String roomKind) {}

    /** An activity at a fixed slot (chào cờ, sinh hoạt lớp) for a class, with the teacher who leads it if any. */
    public record FixedActivity(
            String name, String classId, @Nullable String teacherId, Slot slot, int duration) {}

    /** A subject group's meeting half-day (ngày họp tổ): its teachers teach nothing then. */
    public record GroupMeeting(String name, List<String> teacherIds, DayOfWeek day, ClassSession session) {

        public GroupMeeting {
            teacherIds = List.copyOf(teacherIds);
        }
    }

    /** A lesson of a course kept at its slot when solving again (ghim), of the given duration. */
    public record Pin(String courseId, Slot start, int duration) {}
}
