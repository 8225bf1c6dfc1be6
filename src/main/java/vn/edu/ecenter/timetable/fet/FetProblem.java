package vn.edu.ecenter.timetable.fet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Monitor;
import vn.edu.ecenter.timetable.engine.Penalty;
import vn.edu.ecenter.timetable.engine.Problem;
import vn.edu.ecenter.timetable.engine.Week;

/**
 * A FET document translated into the engine's terms: one lesson per active activity; teachers and the students sets
 * without parts as resources (an activity for a year uses all of its classes); each active, supported constraint as
 * monitors with FET's meaning — 100 % weight hard, a lower weight soft with the percentage as weight. Compulsory
 * not-available times, breaks and preferred times also narrow the starts an activity may take, so the solver never
 * tries them. {@link #timetable} turns a placement back into FET's terms for the {@link FetChecker} and the writer.
 */
public final class FetProblem {

    private final FetDocument document;
    private final StudentsStructure students;
    private final int hours;
    private final Week week;
    private final List<String> resources = new ArrayList<>();
    private final Map<String, Integer> teacherIndex = new HashMap<>();
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<Activity> activities;
    private final Map<Integer, Integer> lessonOfActivity = new HashMap<>();
    private final Map<Integer, Set<Integer>> extraResources = new HashMap<>();
    private final Map<Integer, BitSet> forbiddenOfResource = new HashMap<>();
    private final List<Monitor> monitors = new ArrayList<>();
    private final Problem problem;

    private FetProblem(FetDocument document) {
        this.document = document;
        this.students = StudentsStructure.of(document);
        this.hours = document.hours().size();
        this.week = week(document);
        this.activities = document.activeActivities().toList();
        for (int a = 0; a < activities.size(); a++) {
            lessonOfActivity.put(activities.get(a).id(), a);
        }
        document.teachers().forEach(t -> teacherIndex.put(t.name(), addResource("giáo viên " + t.name())));
        students.units().forEach(u -> unitIndex.put(u, addResource(students.label(u))));
        List<FetConstraint> constraints =
                document.constraints().filter(c -> c.header().active()).toList();
        constraints.forEach(this::prepare);
        List<Lesson> lessons = new ArrayList<>();
        BitSet[] allowed = allowedStarts(constraints);
        for (int a = 0; a < activities.size(); a++) {
            lessons.add(lesson(a, allowed[a]));
            monitors.add(new Monitor.Unplaced("Xếp " + describe(activities.get(a)), Penalty.hard(1), new int[] {a}));
        }
        constraints.forEach(this::addMonitors);
        this.problem =
                new Problem(document.institutionName(), week, resources, lessons, List.of(), monitors, Cost.ZERO);
    }

    public static FetProblem of(FetDocument document) {
        return new FetProblem(document);
    }

    public Problem problem() {
        return problem;
    }

    /** The timetable a placement stands for: each placed activity's day and hour. */
    public Timetable timetable(vn.edu.ecenter.timetable.engine.Placement placement) {
        Map<Integer, Placement> placements = new LinkedHashMap<>();
        for (int a = 0; a < activities.size(); a++) {
            int start = placement.start(a);
            if (start >= 0) {
                placements.put(activities.get(a).id(), new Placement(start / hours, start % hours));
            }
        }
        return new Timetable(placements);
    }

    /** A placement of the problem with the activities where the timetable has them (the others not placed). */
    public vn.edu.ecenter.timetable.engine.Placement placement(Timetable timetable) {
        var placement = new vn.edu.ecenter.timetable.engine.Placement(problem);
        for (int a = 0; a < activities.size(); a++) {
            int lesson = a;
            timetable
                    .placement(activities.get(a).id())
                    .ifPresent(p -> placement.move(lesson, p.day() * hours + p.hour()));
        }
        return placement;
    }

    // ---- resources, lessons, starts

    private static Week week(FetDocument document) {
        int days = document.days().size();
        int hours = document.hours().size();
        List<String> names = new ArrayList<>();
        int[] dayOf = new int[days * hours];
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < hours; h++) {
                names.add(document.days().get(d) + ", " + document.hours().get(h));
                dayOf[d * hours + h] = d;
            }
        }
        return new Week(names, dayOf);
    }

    private int addResource(String name) {
        resources.add(name);
        return resources.size() - 1;
    }

    /** Resources made up for a constraint: activities that must not overlap share one (and so never clash). */
    private void prepare(FetConstraint constraint) {
        if (constraint instanceof FetConstraint.ActivitiesNotOverlapping apart) {
            int resource = addResource("các hoạt động không trùng giờ " + apart.activityIds());
            apart.activityIds().stream()
                    .filter(lessonOfActivity::containsKey)
                    .distinct()
                    .forEach(id -> extraResources
                            .computeIfAbsent(lessonOfActivity.get(id), k -> new LinkedHashSet<>())
                            .add(resource));
            monitors.add(new Monitor.Clashes(
                    "Không trùng giờ: hoạt động " + apart.activityIds(), penalty(constraint), resource));
        }
    }

    private Lesson lesson(int a, BitSet allowed) {
        Activity activity = activities.get(a);
        Set<Integer> uses = new LinkedHashSet<>();
        activity.teachers().forEach(t -> uses.add(teacherIndex.get(t)));
        unitsOf(activity).forEach(u -> uses.add(unitIndex.get(u)));
        uses.addAll(extraResources.getOrDefault(a, Set.of()));
        int duration = activity.duration();
        BitSet forbidden = new BitSet();
        uses.forEach(r -> {
            BitSet times = forbiddenOfResource.getOrDefault(r, new BitSet());
            times.stream().forEach(t -> forbidden.set(Math.max(0, t - duration + 1), t + 1));
        });
        int[] fitting = IntStream.range(0, week.times())
                .filter(t -> week.fits(t, duration))
                .toArray();
        int[] starts = IntStream.of(fitting)
                .filter(t -> allowed.get(t) && !forbidden.get(t))
                .toArray();
        return new Lesson(
                a,
                describe(activity),
                a,
                duration,
                uses.stream().mapToInt(Integer::intValue).toArray(),
                starts.length > 0 ? starts : fitting,
                -1,
                duration);
    }

    /**
     * The starts each activity may take under the compulsory preferred-times constraints (everything, where none
     * applies); also records, per resource, the times compulsory breaks and not-available times forbid.
     */
    private BitSet[] allowedStarts(List<FetConstraint> constraints) {
        BitSet[] allowed = new BitSet[activities.size()];
        for (int a = 0; a < allowed.length; a++) {
            allowed[a] = new BitSet();
            allowed[a].set(0, week.times());
        }
        for (FetConstraint constraint : constraints) {
            if (!constraint.header().weight().isHard()) {
                continue;
            }
            switch (constraint) {
                case FetConstraint.BreakTimes breaks ->
                    IntStream.range(0, resources.size()).forEach(r -> forbid(r, breaks.slots()));
                case FetConstraint.NotAvailableTimes na ->
                    resourcesOf(na.scope()).forEach(r -> forbid(r, na.slots()));
                default -> preferredStarts(constraint).forEach((a, starts) -> allowed[a].and(starts));
            }
        }
        return allowed;
    }

    private void forbid(int resource, List<TimeSlot> slots) {
        BitSet times = forbiddenOfResource.computeIfAbsent(resource, r -> new BitSet());
        slots.forEach(s -> times.set(time(s)));
    }

    /** For the constraints about when activities start, the starts each concerned activity is preferred to take. */
    private Map<Integer, BitSet> preferredStarts(FetConstraint constraint) {
        Map<Integer, BitSet> starts = new LinkedHashMap<>();
        switch (constraint) {
            case FetConstraint.ActivityPreferredStartingTime c ->
                lesson(c.activityId()).forEach(a -> starts.put(a, startsAt(c)));
            case FetConstraint.ActivityPreferredStartingTimes c ->
                lesson(c.activityId()).forEach(a -> starts.put(a, times(c.slots())));
            case FetConstraint.ActivityPreferredTimeSlots c ->
                lesson(c.activityId()).forEach(a -> starts.put(a, startsWithin(a, c.slots())));
            case FetConstraint.ActivitiesPreferredTimeSlots c -> {
                for (int a = 0; a < activities.size(); a++) {
                    if (c.filter().selects(activities.get(a), students)) {
                        starts.put(a, startsWithin(a, c.slots()));
                    }
                }
            }
            default -> {}
        }
        return starts;
    }

    private BitSet startsAt(FetConstraint.ActivityPreferredStartingTime c) {
        BitSet starts = new BitSet();
        for (int t = 0; t < week.times(); t++) {
            if ((c.day() == null || c.day() == t / hours) && (c.hour() == null || c.hour() == t % hours)) {
                starts.set(t);
            }
        }
        return starts;
    }

    /** Starts from which every period of the activity lies in the slots. */
    private BitSet startsWithin(int a, List<TimeSlot> slots) {
        BitSet inside = times(slots);
        int duration = activities.get(a).duration();
        BitSet starts = new BitSet();
        for (int t = 0; t < week.times(); t++) {
            int first = t;
            if (week.fits(t, duration) && IntStream.range(t, t + duration).allMatch(inside::get)) {
                starts.set(first);
            }
        }
        return starts;
    }

    // ---- monitors

    private void addMonitors(FetConstraint constraint) {
        Penalty penalty = penalty(constraint);
        switch (constraint) {
            case FetConstraint.BasicCompulsoryTime c ->
                IntStream.range(0, teacherIndex.size() + unitIndex.size())
                        .forEach(r ->
                                monitors.add(new Monitor.Clashes("Không trùng giờ: " + resources.get(r), penalty, r)));
            case FetConstraint.BasicCompulsorySpace c -> {} // no rooms are allocated
            case FetConstraint.BreakTimes c -> {
                BitSet times = times(c.slots());
                IntStream.range(0, teacherIndex.size() + unitIndex.size())
                        .forEach(r ->
                                monitors.add(new Monitor.BusyAt("Giờ nghỉ: " + resources.get(r), penalty, r, times)));
            }
            case FetConstraint.NotAvailableTimes c -> {
                BitSet times = times(c.slots());
                resourcesOf(c.scope())
                        .forEach(r ->
                                monitors.add(new Monitor.BusyAt("Giờ bận: " + resources.get(r), penalty, r, times)));
            }
            case FetConstraint.MaxDaysPerWeek c ->
                perResource(
                        c.scope(),
                        r -> new Monitor.BusyGroups(
                                "Tối đa " + c.maxDays() + " ngày/tuần: " + resources.get(r),
                                penalty,
                                r,
                                days(0, hours, r, false),
                                0,
                                c.maxDays()));
            case FetConstraint.IntervalMaxDaysPerWeek c ->
                perResource(
                        c.scope(),
                        r -> new Monitor.BusyGroups(
                                "Tối đa " + c.maxDays() + " ngày/tuần có tiết trong khoảng: " + resources.get(r),
                                penalty,
                                r,
                                days(c.startHour(), Math.min(c.endHour(), hours), r, false),
                                0,
                                c.maxDays()));
            case FetConstraint.MaxGapsPerWeek c ->
                perResource(
                        c.scope(),
                        r -> new Monitor.IdleTimes(
                                "Tối đa " + c.maxGaps() + " tiết trống/tuần: " + resources.get(r),
                                penalty,
                                r,
                                days(0, hours, r, true),
                                0,
                                c.maxGaps()));
            case FetConstraint.MaxGapsPerDay c ->
                resourcesOf(c.scope()).forEach(r -> {
                    for (int[] day : days(0, hours, r, true)) {
                        monitors.add(new Monitor.IdleTimes(
                                "Tối đa " + c.maxGaps() + " tiết trống/ngày: " + resources.get(r),
                                penalty,
                                r,
                                new int[][] {day},
                                0,
                                c.maxGaps()));
                    }
                });
            case FetConstraint.MaxHoursDaily c ->
                perResource(
                        c.scope(),
                        r -> new Monitor.BusyPerGroup(
                                "Tối đa " + c.maxHours() + " tiết/ngày: " + resources.get(r),
                                penalty,
                                r,
                                days(0, hours, r, false),
                                0,
                                c.maxHours(),
                                false));
            case FetConstraint.MaxHoursContinuously c ->
                perResource(
                        c.scope(),
                        r -> new Monitor.LongRuns(
                                "Tối đa " + c.maxHours() + " tiết liền: " + resources.get(r),
                                penalty,
                                r,
                                days(0, hours, r, false),
                                c.maxHours()));
            case FetConstraint.MinHoursDaily c ->
                perResource(
                        c.scope(),
                        r -> new Monitor.BusyPerGroup(
                                "Tối thiểu " + c.minHours() + " tiết/ngày: " + resources.get(r),
                                penalty,
                                r,
                                days(0, hours, r, false),
                                c.minHours(),
                                Integer.MAX_VALUE,
                                !c.allowEmptyDays()));
            case FetConstraint.ActivitiesSameStartingDay c ->
                monitors.add(new Monitor.SameDay(
                        "Cùng ngày: hoạt động " + c.activityIds(), penalty, lessons(c.activityIds())));
            case FetConstraint.ActivitiesNotOverlapping c -> {} // a shared resource, see prepare()
            case FetConstraint.MinDaysBetweenActivities c -> {
                int[] lessons = lessons(c.activityIds());
                monitors.add(new Monitor.DaysApart(
                        "Cách nhau ít nhất " + c.minDays() + " ngày: hoạt động " + c.activityIds(),
                        penalty,
                        lessons,
                        c.minDays()));
                if (c.consecutiveIfSameDay()) {
                    monitors.add(new Monitor.AdjacentIfSameDay(
                            "Cùng ngày thì liền nhau: hoạt động " + c.activityIds(), Penalty.hard(1), lessons));
                }
            }
            case FetConstraint.ActivityPreferredRoom c -> {} // rooms are not part of the translation
            case FetConstraint.Unsupported c -> {} // listed by the import report
            default ->
                preferredStarts(constraint)
                        .forEach((a, starts) -> monitors.add(new Monitor.PreferredStarts(
                                "Thời gian ưu tiên: " + describe(activities.get(a)),
                                penalty,
                                new int[] {a},
                                starts,
                                0)));
        }
    }

    private void perResource(Scope scope, IntFunction<Monitor> monitor) {
        resourcesOf(scope).forEach(r -> monitors.add(monitor.apply(r)));
    }

    /**
     * Each day's times from hour {@code from} to {@code to} (exclusive); with {@code available}, without the resource's
     * compulsory breaks and not-available times (FET does not count those as gaps).
     */
    private int[][] days(int from, int to, int resource, boolean available) {
        BitSet forbidden = available ? forbiddenOfResource.getOrDefault(resource, new BitSet()) : new BitSet();
        return IntStream.range(0, document.days().size())
                .mapToObj(d -> IntStream.range(from, to)
                        .map(h -> d * hours + h)
                        .filter(t -> !forbidden.get(t))
                        .toArray())
                .toArray(int[][]::new);
    }

    private List<Integer> resourcesOf(Scope scope) {
        return switch (scope) {
            case Scope.AllTeachers all ->
                List.copyOf(teacherIndex.values()).stream().sorted().toList();
            case Scope.OneTeacher one -> List.of(teacherIndex.get(one.name()));
            case Scope.AllStudents all ->
                List.copyOf(unitIndex.values()).stream().sorted().toList();
            case Scope.OneStudentsSet set ->
                students.unitsOf(set.name()).stream().map(unitIndex::get).toList();
        };
    }

    private Set<String> unitsOf(Activity activity) {
        Set<String> units = new LinkedHashSet<>();
        activity.students().forEach(set -> units.addAll(students.unitsOf(set)));
        return units;
    }

    private List<Integer> lesson(int activityId) {
        Integer lesson = lessonOfActivity.get(activityId);
        return lesson == null ? List.of() : List.of(lesson);
    }

    private int[] lessons(List<Integer> activityIds) {
        return activityIds.stream()
                .distinct()
                .filter(lessonOfActivity::containsKey)
                .mapToInt(lessonOfActivity::get)
                .toArray();
    }

    private int time(TimeSlot slot) {
        return slot.day() * hours + slot.hour();
    }

    private BitSet times(List<TimeSlot> slots) {
        BitSet times = new BitSet();
        slots.forEach(s -> times.set(time(s)));
        return times;
    }

    private static Penalty penalty(FetConstraint constraint) {
        Weight weight = constraint.header().weight();
        return weight.isHard() ? Penalty.hard(1) : Penalty.soft(Math.max(1, Math.round(weight.percentage())));
    }

    private static String describe(Activity activity) {
        return "hoạt động " + activity.id() + " (" + activity.subject() + ", " + String.join(" + ", activity.students())
                + ", " + String.join(" + ", activity.teachers()) + ")";
    }
}
