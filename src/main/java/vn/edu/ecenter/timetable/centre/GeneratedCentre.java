package vn.edu.ecenter.timetable.centre;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.centre.CentreData.Course;
import vn.edu.ecenter.timetable.centre.CentreData.FixedActivity;
import vn.edu.ecenter.timetable.centre.CentreData.GroupMeeting;
import vn.edu.ecenter.timetable.centre.CentreData.Room;
import vn.edu.ecenter.timetable.centre.CentreData.SchoolClass;
import vn.edu.ecenter.timetable.centre.CentreData.Teacher;

/**
 * A made-up Vietnamese centre of the demo centre's size, for tests and the benchmark: 30 classes of grades 10–12 (15 in
 * the morning, 15 in the afternoon), 60 teachers, the GDTX programme (Văn, Toán, Sử, Tiếng Anh and four or five
 * electives; Văn and Toán with one double period), chào cờ on Monday and sinh hoạt lớp on Saturday with the homeroom
 * teacher, four subject groups meeting one half-day each, teachers who asked for free half-days, three teachers shared
 * with another school, and two computer rooms for Tin học. The same seed gives the same centre.
 */
public final class GeneratedCentre {

    /** Teachers per subject (60 in all), as in the demo centre. */
    private static final Map<String, Integer> TEACHERS = new LinkedHashMap<>();

    /** Subject names. */
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        subject("VAN", "Ngữ văn", 9);
        subject("TOAN", "Toán", 9);
        subject("SU", "Lịch sử", 5);
        subject("DIA", "Địa lí", 5);
        subject("KTPL", "GD kinh tế và pháp luật", 5);
        subject("LY", "Vật lí", 5);
        subject("HOA", "Hóa học", 5);
        subject("SINH", "Sinh học", 5);
        subject("CN", "Công nghệ", 3);
        subject("TIN", "Tin học", 4);
        subject("ANH", "Tiếng Anh", 5);
    }

    private static final List<String> ELECTIVES = List.of("DIA", "KTPL", "LY", "HOA", "SINH", "CN", "TIN");

    /** Subject groups (tổ chuyên môn) and the half-day each meets. */
    private static final List<GroupSpec> GROUPS = List.of(
            new GroupSpec("Họp tổ Ngữ văn – Sử – Địa – KTPL", Set.of("VAN", "SU", "DIA", "KTPL"), DayOfWeek.THURSDAY),
            new GroupSpec("Họp tổ Toán – Tin", Set.of("TOAN", "TIN"), DayOfWeek.TUESDAY),
            new GroupSpec("Họp tổ Lý – Hóa – Sinh – CN", Set.of("LY", "HOA", "SINH", "CN"), DayOfWeek.WEDNESDAY),
            new GroupSpec("Họp tổ Tiếng Anh", Set.of("ANH"), DayOfWeek.FRIDAY));

    private record GroupSpec(String name, Set<String> subjects, DayOfWeek day) {}

    private GeneratedCentre() {}

    private static void subject(String code, String name, int teachers) {
        TEACHERS.put(code, teachers);
        NAMES.put(code, name);
    }

    /** The demo-size centre drawn from the seed, with the default rules. */
    public static CentreData demoSize(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WeekGrid grid = WeekGrid.standard(false);
        Map<String, List<Teacher>> bySubject = new LinkedHashMap<>();
        List<Teacher> teachers = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, Integer> subject : TEACHERS.entrySet()) {
            List<Teacher> ofSubject = new ArrayList<>();
            for (int i = 1; i <= subject.getValue(); i++) {
                number++;
                Set<Slot> unavailable = Set.of();
                Set<Slot> elsewhere = Set.of();
                if (number % 6 == 0) {
                    unavailable = halfDay(grid, day(random), session(random));
                } else if (number % 20 == 7) {
                    elsewhere = halfDay(grid, day(random), session(random));
                }
                Teacher teacher = new Teacher("T" + number, "GV " + subject.getKey() + " " + i, unavailable, elsewhere);
                ofSubject.add(teacher);
                teachers.add(teacher);
            }
            bySubject.put(subject.getKey(), ofSubject);
        }
        List<SchoolClass> classes = new ArrayList<>();
        List<Course> courses = new ArrayList<>();
        List<FixedActivity> fixed = new ArrayList<>();
        Map<String, Integer> turn = new HashMap<>();
        for (int grade = 10; grade <= 12; grade++) {
            for (int n = 1; n <= 10; n++) {
                ClassSession session = n <= 5 ? ClassSession.MORNING : ClassSession.AFTERNOON;
                SchoolClass schoolClass =
                        new SchoolClass("C" + grade + "-" + n, grade + "A" + n, session, 38 + random.nextInt(8));
                classes.add(schoolClass);
                List<String> subjects = new ArrayList<>(List.of("VAN", "TOAN", "SU", "ANH"));
                List<String> electives = new ArrayList<>(ELECTIVES);
                int count = 4 + random.nextInt(2);
                for (int e = 0; e < count; e++) {
                    subjects.add(electives.remove(random.nextInt(electives.size())));
                }
                for (String code : subjects) {
                    List<Teacher> staff = bySubject.get(code);
                    Teacher teacher = staff.get(turn.merge(code, 1, Integer::sum) % staff.size());
                    int periods = code.equals("VAN") || code.equals("TOAN") || code.equals("ANH") ? 3 : 2;
                    int doubles = code.equals("VAN") || code.equals("TOAN") ? 1 : 0;
                    courses.add(new Course(
                            schoolClass.id() + "/" + code,
                            schoolClass.id(),
                            code,
                            NAMES.get(code),
                            teacher.id(),
                            periods,
                            doubles,
                            code.equals("TIN") ? "Phòng máy tính" : null));
                }
                Teacher homeroom = teachers.get((classes.size() * 2 - 1) % teachers.size());
                fixed.add(new FixedActivity(
                        "Chào cờ", schoolClass.id(), null, new Slot(DayOfWeek.MONDAY, session, 1), 1));
                fixed.add(new FixedActivity(
                        "Sinh hoạt lớp", schoolClass.id(), homeroom.id(), new Slot(DayOfWeek.SATURDAY, session, 5), 1));
            }
        }
        List<Room> rooms = List.of(
                new Room("R1", "Phòng máy 1", "Phòng máy tính", 45),
                new Room("R2", "Phòng máy 2", "Phòng máy tính", 40));
        List<GroupMeeting> meetings = new ArrayList<>();
        for (GroupSpec group : GROUPS) {
            List<String> members = group.subjects().stream()
                    .flatMap(code -> bySubject.get(code).stream())
                    .map(Teacher::id)
                    .toList();
            meetings.add(new GroupMeeting(group.name(), members, group.day(), ClassSession.AFTERNOON));
        }
        return new CentreData(grid, classes, teachers, rooms, courses, fixed, meetings, List.of(), Rules.defaults());
    }

    private static Set<Slot> halfDay(WeekGrid grid, DayOfWeek day, ClassSession session) {
        Set<Slot> slots = new java.util.HashSet<>();
        WeekGrid.Session periods = grid.sessions().get(grid.sessionIndex(session));
        periods.periods().forEach(p -> slots.add(new Slot(day, session, p.number())));
        return slots;
    }

    private static DayOfWeek day(SplittableRandom random) {
        return DayOfWeek.of(1 + random.nextInt(5));
    }

    private static ClassSession session(SplittableRandom random) {
        return random.nextBoolean() ? ClassSession.MORNING : ClassSession.AFTERNOON;
    }
}
