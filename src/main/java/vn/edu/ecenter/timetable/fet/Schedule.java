package vn.edu.ecenter.timetable.fet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A document and a timetable seen the way the constraints need them: the placed active activities, each teacher's and
 * each students set's {@link Week}, and how descriptions name activities, days and periods.
 */
final class Schedule {

    private final FetDocument document;
    private final StudentsStructure students;
    private final Map<Integer, PlacedActivity> placed = new LinkedHashMap<>();
    private final Map<String, Week> teacherWeeks = new LinkedHashMap<>();
    private final Map<String, Week> studentsWeeks = new LinkedHashMap<>();

    private Schedule(FetDocument document, Timetable timetable) {
        this.document = document;
        this.students = StudentsStructure.of(document);
        document.activeActivities().forEach(activity -> timetable
                .placement(activity.id())
                .ifPresent(p -> placed.put(activity.id(), place(activity, p))));
        for (Teacher teacher : document.teachers()) {
            teacherWeeks.put(
                    teacher.name(),
                    week(
                            "giáo viên " + teacher.name(),
                            a -> a.activity().teachers().contains(teacher.name()),
                            unavailable(new Scope.OneTeacher(teacher.name())::equals)));
        }
        for (String unit : students.units()) {
            studentsWeeks.put(
                    unit,
                    week(
                            students.label(unit),
                            a -> unitsOf(a.activity()).contains(unit),
                            unavailable(scope -> scope instanceof Scope.OneStudentsSet set
                                    && students.unitsOf(set.name()).contains(unit))));
        }
    }

    static Schedule of(FetDocument document, Timetable timetable) {
        return new Schedule(document, timetable);
    }

    private PlacedActivity place(Activity activity, Placement placement) {
        if (placement.day() < 0
                || placement.day() >= document.days().size()
                || placement.hour() < 0
                || placement.hour() >= document.hours().size()) {
            throw new IllegalArgumentException("Hoạt động Id=%d được xếp ngoài tuần: ngày %d, tiết %d"
                    .formatted(activity.id(), placement.day(), placement.hour()));
        }
        return new PlacedActivity(activity, placement.day(), placement.hour(), placement.room());
    }

    private Week week(String label, Predicate<PlacedActivity> attends, Set<TimeSlot> unavailable) {
        return new Week(
                label,
                placed.values().stream().filter(attends).toList(),
                unavailable,
                document.days().size(),
                document.hours().size());
    }

    /** Breaks, and the slots of the active not-available constraints whose scope concerns this week. */
    private Set<TimeSlot> unavailable(Predicate<Scope> concerns) {
        return activeConstraints()
                .flatMap(c -> {
                    if (c instanceof FetConstraint.BreakTimes breaks) {
                        return breaks.slots().stream();
                    }
                    if (c instanceof FetConstraint.NotAvailableTimes na && concerns.test(na.scope())) {
                        return na.slots().stream();
                    }
                    return Stream.empty();
                })
                .collect(Collectors.toSet());
    }

    Stream<FetConstraint> activeConstraints() {
        return document.constraints().filter(c -> c.header().active());
    }

    StudentsStructure students() {
        return students;
    }

    FetDocument document() {
        return document;
    }

    int placedCount() {
        return placed.size();
    }

    Optional<PlacedActivity> placed(int activityId) {
        return Optional.ofNullable(placed.get(activityId));
    }

    /** The placed ones among these activities, in the given order, each once. */
    List<PlacedActivity> placed(List<Integer> activityIds) {
        return activityIds.stream()
                .distinct()
                .map(placed::get)
                .filter(Objects::nonNull)
                .toList();
    }

    Stream<PlacedActivity> placedActivities() {
        return placed.values().stream();
    }

    /** The weeks a scope's rule applies to, one by one. */
    List<Week> weeks(Scope scope) {
        return switch (scope) {
            case Scope.AllTeachers all -> List.copyOf(teacherWeeks.values());
            case Scope.OneTeacher one -> List.of(Objects.requireNonNull(teacherWeeks.get(one.name()), one.name()));
            case Scope.AllStudents all -> List.copyOf(studentsWeeks.values());
            case Scope.OneStudentsSet set ->
                students.unitsOf(set.name()).stream()
                        .map(unit -> Objects.requireNonNull(studentsWeeks.get(unit), unit))
                        .toList();
        };
    }

    Set<String> unitsOf(Activity activity) {
        Set<String> units = new HashSet<>();
        activity.students().forEach(set -> units.addAll(students.unitsOf(set)));
        return units;
    }

    Set<String> unitsOf(String studentsSet) {
        return students.unitsOf(studentsSet);
    }

    String day(int day) {
        return document.days().get(day);
    }

    /** "Thứ 2, T3"; an hour past the end of the day is named by its number. */
    String slot(int day, int hour) {
        String hourName = hour < document.hours().size() ? document.hours().get(hour) : "tiết " + (hour + 1);
        return day(day) + ", " + hourName;
    }

    /** "hoạt động 12 (Toán, 6A, Lan)". */
    String describe(Activity activity) {
        List<String> parts = new ArrayList<>();
        parts.add(activity.subject());
        parts.addAll(activity.students());
        parts.addAll(activity.teachers());
        return "hoạt động " + activity.id() + " (" + String.join(", ", parts) + ")";
    }

    String describe(PlacedActivity placed) {
        return describe(placed.activity());
    }
}
