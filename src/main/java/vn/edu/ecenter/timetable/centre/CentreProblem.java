package vn.edu.ecenter.timetable.centre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.centre.CentreData.Course;
import vn.edu.ecenter.timetable.centre.CentreData.FixedActivity;
import vn.edu.ecenter.timetable.centre.CentreData.Pin;
import vn.edu.ecenter.timetable.centre.CentreData.Room;
import vn.edu.ecenter.timetable.centre.CentreData.SchoolClass;
import vn.edu.ecenter.timetable.centre.CentreData.Teacher;
import vn.edu.ecenter.timetable.engine.Choice;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Monitor;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Problem;
import vn.edu.ecenter.timetable.engine.Week;

/**
 * A centre's timetable data translated into the engine's terms, and a placement translated back into lessons at
 * slots. Resources are the classes, then the teachers, then the rooms. Each course becomes its double periods and
 * single periods, which may start only in its class's session; fixed activities and pinned lessons are lessons pinned
 * to their slot. Each enabled {@link Rule} becomes monitors with the user's penalty, labelled in the given {@link
 * Wording} so that a broken rule can be named to the person editing the timetable.
 *
 * <p>The data is checked first ({@link DemandCheck}): a demand that no timetable can meet is refused with its reasons
 * instead of being handed to a search that cannot succeed.
 */
public final class CentreProblem {

    private final CentreData data;
    private final WeekGrid grid;
    private final Wording wording;
    private final Index index;
    private final List<Lesson> lessons = new ArrayList<>();
    /** What each lesson teaches: a course's index, or −1 − the fixed activity's index. */
    private final List<Integer> sourceOfLesson = new ArrayList<>();

    private final List<Choice> choices = new ArrayList<>();
    private final List<Monitor> monitors = new ArrayList<>();
    private final Problem problem;

    private CentreProblem(CentreData data, Wording wording) {
        this.data = data;
        this.grid = data.grid();
        this.wording = wording;
        this.index = new Index(data);
        Week week = grid.week(wording);
        Map<String, List<Pin>> pins = new HashMap<>();
        for (Pin pin : data.pins()) {
            pins.computeIfAbsent(pin.courseId(), id -> new ArrayList<>()).add(pin);
        }
        for (int c = 0; c < data.courses().size(); c++) {
            addCourse(c, week, pins.getOrDefault(data.courses().get(c).id(), List.of()));
        }
        for (int f = 0; f < data.fixedActivities().size(); f++) {
            addFixed(f);
        }
        addMonitors();
        List<String> names = new ArrayList<>();
        data.classes().forEach(c -> names.add(c.name()));
        data.teachers().forEach(t -> names.add(t.name()));
        data.rooms().forEach(r -> names.add(r.name()));
        this.problem = new Problem("TKB", week, names, lessons, choices, monitors, Cost.ZERO);
    }

    /**
     * Translates the data; throws {@link ImpossibleDemand} with every reason found when no timetable can meet it.
     */
    public static CentreProblem of(CentreData data, Wording wording) {
        List<String> reasons = DemandCheck.reasons(data, wording);
        if (!reasons.isEmpty()) {
            throw new ImpossibleDemand(reasons);
        }
        return new CentreProblem(data, wording);
    }

    public Problem problem() {
        return problem;
    }

    public CentreData data() {
        return data;
    }

    /** Where every lesson of a placement is: placed lessons in lesson order; unplaced ones left out. */
    public List<ScheduledLesson> timetable(Placement placement) {
        List<ScheduledLesson> scheduled = new ArrayList<>();
        for (Lesson lesson : lessons) {
            int start = placement.start(lesson.index());
            if (start < 0) {
                continue;
            }
            int choice = choiceOf(lesson.index());
            int room = choice < 0 ? -1 : placement.chosen(choice);
            int source = sourceOfLesson.get(lesson.index());
            String roomId =
                    room < 0 ? null : data.rooms().get(room - index.firstRoom).id();
            if (source >= 0) {
                Course course = data.courses().get(source);
                scheduled.add(new ScheduledLesson(
                        course.id(),
                        null,
                        course.classId(),
                        course.teacherId(),
                        grid.slot(start),
                        lesson.duration(),
                        roomId,
                        lesson.pinned()));
            } else {
                FixedActivity fixed = data.fixedActivities().get(-1 - source);
                scheduled.add(new ScheduledLesson(
                        null,
                        fixed.name(),
                        fixed.classId(),
                        fixed.teacherId(),
                        fixed.slot(),
                        fixed.duration(),
                        null,
                        true));
            }
        }
        return scheduled;
    }

    /**
     * A placement with the courses' lessons where a stored timetable has them (matched by course and duration; a
     * lesson that matches nothing stays unplaced, a pinned lesson stays at its pin).
     */
    public Placement placement(List<ScheduledLesson> stored) {
        Placement placement = new Placement(problem);
        Map<String, List<ScheduledLesson>> byCourse = new HashMap<>();
        for (ScheduledLesson lesson : stored) {
            if (lesson.courseId() != null && !lesson.pinned()) {
                byCourse.computeIfAbsent(lesson.courseId(), id -> new ArrayList<>())
                        .add(lesson);
            }
        }
        for (Lesson lesson : lessons) {
            int source = sourceOfLesson.get(lesson.index());
            if (lesson.pinned() || source < 0) {
                continue;
            }
            List<ScheduledLesson> candidates =
                    byCourse.getOrDefault(data.courses().get(source).id(), List.of());
            for (int i = 0; i < candidates.size(); i++) {
                ScheduledLesson found = candidates.get(i);
                int start = grid.time(found.start());
                if (found.duration() == lesson.duration() && Arrays.binarySearch(lesson.starts(), start) >= 0) {
                    placement.move(lesson.index(), start);
                    int choice = choiceOf(lesson.index());
                    if (choice >= 0 && found.roomId() != null) {
                        placement.choose(choice, index.room(found.roomId()));
                    }
                    candidates.remove(i);
                    break;
                }
            }
        }
        return placement;
    }

    /** The lessons of a course, double periods first. */
    public int[] lessonsOf(String courseId) {
        return IntStream.range(0, lessons.size())
                .filter(l -> sourceOfLesson.get(l) >= 0
                        && data.courses().get(sourceOfLesson.get(l)).id().equals(courseId))
                .toArray();
    }

    /** The engine's time of a slot. */
    public int time(Slot slot) {
        return grid.time(slot);
    }

    /** The lesson of a course placed at the slot, or −1. */
    public int lessonAt(Placement placement, String courseId, Slot start) {
        int time = grid.time(start);
        for (Lesson lesson : lessons) {
            int source = sourceOfLesson.get(lesson.index());
            if (source >= 0
                    && data.courses().get(source).id().equals(courseId)
                    && placement.start(lesson.index()) == time) {
                return lesson.index();
            }
        }
        return -1;
    }

    /** The choice of room of a lesson, or −1 when it needs none. */
    public int choiceOf(int lesson) {
        for (Choice choice : choices) {
            if (choice.lesson() == lesson) {
                return choice.index();
            }
        }
        return -1;
    }

    private void addCourse(int c, Week week, List<Pin> pins) {
        Course course = data.courses().get(c);
        SchoolClass schoolClass = data.classes().get(index.schoolClass(course.classId()));
        int session = grid.sessionIndex(schoolClass.session());
        List<Integer> durations = new ArrayList<>();
        for (int d = 0; d < course.doubles(); d++) {
            durations.add(2);
        }
        for (int s = 0; s < course.periods() - 2 * course.doubles(); s++) {
            durations.add(1);
        }
        List<Pin> unused = new ArrayList<>(pins);
        for (int duration : durations) {
            int[] starts = startsIn(session, duration, week);
            int fixed = -1;
            for (int p = 0; p < unused.size(); p++) {
                int time = grid.time(unused.get(p).start());
                if (unused.get(p).duration() == duration && Arrays.binarySearch(starts, time) >= 0) {
                    fixed = time;
                    unused.remove(p);
                    break;
                }
            }
            int[] resources = {index.schoolClass(course.classId()), index.teacher(course.teacherId())};
            int lesson =
                    addLesson(course.subjectName() + " " + schoolClass.name(), c, duration, resources, starts, fixed);
            if (course.roomKind() != null) {
                int[] candidates = IntStream.range(0, data.rooms().size())
                        .filter(r -> data.rooms().get(r).kind().equals(course.roomKind()))
                        .map(r -> index.firstRoom + r)
                        .toArray();
                choices.add(new Choice(choices.size(), lesson, course.roomKind(), candidates));
            }
        }
    }

    private void addFixed(int f) {
        FixedActivity fixed = data.fixedActivities().get(f);
        int time = grid.time(fixed.slot());
        int[] resources = fixed.teacherId() == null
                ? new int[] {index.schoolClass(fixed.classId())}
                : new int[] {index.schoolClass(fixed.classId()), index.teacher(fixed.teacherId())};
        String className =
                data.classes().get(index.schoolClass(fixed.classId())).name();
        addLesson(fixed.name() + " " + className, -1 - f, fixed.duration(), resources, new int[] {time}, time);
    }

    private int addLesson(String name, int source, int duration, int[] resources, int[] starts, int fixedStart) {
        int lesson = lessons.size();
        int event = source >= 0 ? source : data.courses().size() - 1 - source;
        lessons.add(new Lesson(lesson, name, event, duration, resources, starts, fixedStart, duration));
        sourceOfLesson.add(source);
        return lesson;
    }

    /** Every start in the session's blocks where a lesson of the duration fits. */
    private int[] startsIn(int session, int duration, Week week) {
        List<Integer> starts = new ArrayList<>();
        for (int day = 0; day < grid.days().size(); day++) {
            for (int time : grid.timesOf(day, session)) {
                if (week.fits(time, duration)) {
                    starts.add(time);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addMonitors() {
        Rules rules = data.rules();
        for (int c = 0; c < data.classes().size(); c++) {
            SchoolClass schoolClass = data.classes().get(c);
            int session = grid.sessionIndex(schoolClass.session());
            int resource = c;
            when(
                    Rule.CLASS_CLASH,
                    s -> new Monitor.Clashes(label(Rule.CLASS_CLASH, schoolClass.name()), s.penalty(), resource));
            when(
                    Rule.CLASS_MAX_PER_DAY,
                    s -> new Monitor.BusyPerGroup(
                            label(Rule.CLASS_MAX_PER_DAY, schoolClass.name(), s.limit()),
                            s.penalty(),
                            resource,
                            days(),
                            0,
                            s.limit(),
                            false));
            int[][] blocks = IntStream.range(0, grid.days().size())
                    .mapToObj(day -> grid.timesOf(day, session))
                    .toArray(int[][]::new);
            when(
                    Rule.CLASS_IDLE,
                    s -> new Monitor.IdleTimes(
                            label(Rule.CLASS_IDLE, schoolClass.name()), s.penalty(), resource, blocks, 0, 0));
        }
        for (int t = 0; t < data.teachers().size(); t++) {
            Teacher teacher = data.teachers().get(t);
            int resource = index.firstTeacher + t;
            when(
                    Rule.TEACHER_CLASH,
                    s -> new Monitor.Clashes(label(Rule.TEACHER_CLASH, teacher.name()), s.penalty(), resource));
            when(
                    Rule.TEACHER_MAX_PER_DAY,
                    s -> new Monitor.BusyPerGroup(
                            label(Rule.TEACHER_MAX_PER_DAY, teacher.name(), s.limit()),
                            s.penalty(),
                            resource,
                            days(),
                            0,
                            s.limit(),
                            false));
            for (int day = 0; day < grid.days().size(); day++) {
                int d = day;
                int[][] sessions = IntStream.range(0, grid.sessions().size())
                        .mapToObj(session -> grid.timesOf(d, session))
                        .toArray(int[][]::new);
                when(
                        Rule.TEACHER_MAX_IDLE,
                        s -> new Monitor.IdleTimes(
                                label(
                                        Rule.TEACHER_MAX_IDLE,
                                        teacher.name(),
                                        s.limit(),
                                        wording.day(grid.days().get(d))),
                                s.penalty(),
                                resource,
                                sessions,
                                0,
                                s.limit()));
            }
            if (!teacher.unavailable().isEmpty()) {
                when(
                        Rule.TEACHER_UNAVAILABLE,
                        s -> new Monitor.BusyAt(
                                label(Rule.TEACHER_UNAVAILABLE, teacher.name()),
                                s.penalty(),
                                resource,
                                times(teacher.unavailable())));
            }
            if (!teacher.elsewhere().isEmpty()) {
                when(
                        Rule.TEACHER_ELSEWHERE,
                        s -> new Monitor.BusyAt(
                                label(Rule.TEACHER_ELSEWHERE, teacher.name()),
                                s.penalty(),
                                resource,
                                times(teacher.elsewhere())));
            }
        }
        for (CentreData.GroupMeeting meeting : data.meetings()) {
            int day = grid.days().indexOf(meeting.day());
            int session = grid.sessionIndex(meeting.session());
            BitSet times = new BitSet();
            Arrays.stream(grid.timesOf(day, session)).forEach(times::set);
            for (String teacherId : meeting.teacherIds()) {
                int resource = index.teacher(teacherId);
                String teacher =
                        data.teachers().get(resource - index.firstTeacher).name();
                when(
                        Rule.GROUP_MEETING,
                        s -> new Monitor.BusyAt(
                                label(Rule.GROUP_MEETING, teacher, meeting.name()), s.penalty(), resource, times));
            }
        }
        for (int r = 0; r < data.rooms().size(); r++) {
            Room room = data.rooms().get(r);
            int resource = index.firstRoom + r;
            when(Rule.ROOM_CLASH, s -> new Monitor.Clashes(label(Rule.ROOM_CLASH, room.name()), s.penalty(), resource));
        }
        for (int c = 0; c < data.courses().size(); c++) {
            addCourseMonitors(c, rules);
        }
    }

    private void addCourseMonitors(int c, Rules rules) {
        Course course = data.courses().get(c);
        SchoolClass schoolClass = data.classes().get(index.schoolClass(course.classId()));
        int[] ofCourse = IntStream.range(0, lessons.size())
                .filter(l -> sourceOfLesson.get(l) == c)
                .toArray();
        int[] doubles = Arrays.stream(ofCourse)
                .filter(l -> lessons.get(l).duration() > 1)
                .toArray();
        if (doubles.length > 0) {
            BitSet clear = new BitSet();
            for (int time = 0; time < grid.times(); time++) {
                if (!grid.straddlesBreak(time, 2)) {
                    clear.set(time);
                }
            }
            when(
                    Rule.DOUBLE_ACROSS_BREAK,
                    s -> new Monitor.PreferredStarts(
                            label(Rule.DOUBLE_ACROSS_BREAK, course.subjectName(), schoolClass.name()),
                            s.penalty(),
                            doubles,
                            clear,
                            2));
        }
        if (ofCourse.length > 1) {
            int days = grid.days().size();
            int most = (ofCourse.length + days - 1) / days;
            BitSet[] groups = IntStream.range(0, days)
                    .mapToObj(day -> {
                        BitSet times = new BitSet();
                        Arrays.stream(grid.timesOf(day)).forEach(times::set);
                        return times;
                    })
                    .toArray(BitSet[]::new);
            int[] minimum = new int[days];
            int[] maximum = new int[days];
            Arrays.fill(maximum, most);
            when(
                    Rule.SUBJECT_SPREAD,
                    s -> new Monitor.Spread(
                            label(Rule.SUBJECT_SPREAD, course.subjectName(), schoolClass.name()),
                            s.penalty(),
                            ofCourse,
                            groups,
                            minimum,
                            maximum));
        }
        int[] roomChoices = choices.stream()
                .filter(choice -> sourceOfLesson.get(choice.lesson()) == c)
                .mapToInt(Choice::index)
                .toArray();
        if (roomChoices.length > 0) {
            when(
                    Rule.ROOM_NEEDED,
                    s -> new Monitor.Unchosen(
                            label(Rule.ROOM_NEEDED, course.subjectName(), schoolClass.name(), course.roomKind()),
                            s.penalty(),
                            roomChoices));
            BitSet large = new BitSet();
            for (int r = 0; r < data.rooms().size(); r++) {
                if (data.rooms().get(r).capacity() >= schoolClass.learners()) {
                    large.set(index.firstRoom + r);
                }
            }
            when(
                    Rule.ROOM_CAPACITY,
                    s -> new Monitor.PreferredResources(
                            label(Rule.ROOM_CAPACITY, course.subjectName(), schoolClass.name(), schoolClass.learners()),
                            s.penalty(),
                            roomChoices,
                            large));
        }
    }

    /** Adds the monitor when the rule is enabled. */
    private void when(Rule rule, java.util.function.Function<Rules.Setting, Monitor> monitor) {
        Rules.Setting setting = data.rules().get(rule);
        if (setting.enabled()) {
            monitors.add(monitor.apply(setting));
        }
    }

    private String label(Rule rule, Object... args) {
        return wording.text("timetable.rule." + rule + ".broken", args);
    }

    private int[][] days() {
        return IntStream.range(0, grid.days().size()).mapToObj(grid::timesOf).toArray(int[][]::new);
    }

    private BitSet times(java.util.Set<Slot> slots) {
        BitSet times = new BitSet();
        for (Slot slot : slots) {
            int time = grid.time(slot);
            if (time >= 0) {
                times.set(time);
            }
        }
        return times;
    }

    /** Where each class, teacher and room is among the problem's resources. */
    static final class Index {
        private final Map<String, Integer> classes = new HashMap<>();
        private final Map<String, Integer> teachers = new HashMap<>();
        private final Map<String, Integer> rooms = new HashMap<>();
        final int firstTeacher;
        final int firstRoom;

        Index(CentreData data) {
            put(classes, data.classes().size(), i -> data.classes().get(i).id(), 0);
            firstTeacher = data.classes().size();
            put(teachers, data.teachers().size(), i -> data.teachers().get(i).id(), firstTeacher);
            firstRoom = firstTeacher + data.teachers().size();
            put(rooms, data.rooms().size(), i -> data.rooms().get(i).id(), firstRoom);
        }

        private static void put(Map<String, Integer> map, int size, IntFunction<String> id, int first) {
            for (int i = 0; i < size; i++) {
                map.put(id.apply(i), first + i);
            }
        }

        int schoolClass(String id) {
            return classes.get(id);
        }

        int teacher(String id) {
            return teachers.get(id);
        }

        int room(String id) {
            Integer room = rooms.get(id);
            return room == null ? -1 : room;
        }

        boolean hasClass(@Nullable String id) {
            return id != null && classes.containsKey(id);
        }

        boolean hasTeacher(@Nullable String id) {
            return id != null && teachers.containsKey(id);
        }
    }
}
