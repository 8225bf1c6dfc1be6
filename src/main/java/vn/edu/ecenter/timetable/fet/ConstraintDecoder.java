package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns a constraint element of a FET file into a {@link FetConstraint}, checking every name it refers to. */
final class ConstraintDecoder {

    private static final List<String> SCOPE_PREFIXES = List.of("Teachers", "Teacher", "StudentsSet", "Students");

    private final Calendar calendar;
    private final KnownNames names;

    ConstraintDecoder(Calendar calendar, KnownNames names) {
        this.calendar = calendar;
        this.names = names;
    }

    FetConstraint decode(FetElement element) {
        Fields fields = new Fields(element);
        ConstraintHeader header = new ConstraintHeader(
                new Weight(percentage(fields)), fields.bool("Active", true), fields.textOr("Comments", ""));
        return switch (element.name()) {
            case "ConstraintBasicCompulsoryTime" -> new FetConstraint.BasicCompulsoryTime(header);
            case "ConstraintBasicCompulsorySpace" -> new FetConstraint.BasicCompulsorySpace(header);
            case "ConstraintBreakTimes" ->
                new FetConstraint.BreakTimes(header, slots(fields, "Number_of_Break_Times", "Break_Time"));
            case "ConstraintActivityPreferredStartingTime" -> startingTime(header, fields);
            case "ConstraintActivityPreferredStartingTimes" ->
                new FetConstraint.ActivityPreferredStartingTimes(
                        header,
                        names.activityId(fields.required("Activity_Id")),
                        preferred(
                                fields,
                                "Number_of_Preferred_Starting_Times",
                                "Preferred_Starting_Time",
                                "Preferred_Starting_Day",
                                "Preferred_Starting_Hour"));
            case "ConstraintActivityPreferredTimeSlots" ->
                new FetConstraint.ActivityPreferredTimeSlots(
                        header, names.activityId(fields.required("Activity_Id")), timeSlots(fields));
            case "ConstraintActivitiesPreferredTimeSlots" ->
                new FetConstraint.ActivitiesPreferredTimeSlots(header, filter(fields), timeSlots(fields));
            case "ConstraintActivitiesSameStartingDay" ->
                new FetConstraint.ActivitiesSameStartingDay(header, activityIds(fields));
            case "ConstraintActivitiesNotOverlapping" ->
                new FetConstraint.ActivitiesNotOverlapping(header, activityIds(fields));
            case "ConstraintMinDaysBetweenActivities" ->
                new FetConstraint.MinDaysBetweenActivities(
                        header,
                        activityIds(fields),
                        fields.integer("MinDays"),
                        fields.bool("Consecutive_If_Same_Day", true));
            case "ConstraintActivityPreferredRoom" ->
                new FetConstraint.ActivityPreferredRoom(
                        header,
                        names.activityId(fields.required("Activity_Id")),
                        names.room(fields.required("Room")),
                        fields.all("Real_Room").stream().map(names::room).toList(),
                        fields.bool("Permanently_Locked", false));
            default ->
                scoped(header, fields).orElseGet(() -> new FetConstraint.Unsupported(header, element.withoutLines()));
        };
    }

    private static double percentage(Fields fields) {
        double percentage = fields.decimal("Weight_Percentage");
        if (!(percentage >= 0 && percentage <= 100)) {
            throw new FetFormatException(
                    "Trọng số " + fields.text("Weight_Percentage") + " nằm ngoài khoảng 0..100",
                    fields.required("Weight_Percentage"));
        }
        return percentage;
    }

    private Optional<FetConstraint> scoped(ConstraintHeader header, Fields fields) {
        String name = fields.element().name();
        if (!name.startsWith("Constraint")) {
            return Optional.empty();
        }
        String rest = name.substring("Constraint".length());
        for (String prefix : SCOPE_PREFIXES) {
            if (rest.startsWith(prefix)) {
                Optional<ScopedKind> kind = ScopedKind.withSuffix(rest.substring(prefix.length()));
                if (kind.isPresent() && (kind.get().forEveryone || !prefix.endsWith("s"))) {
                    return Optional.of(scoped(kind.get(), header, scope(prefix, kind.get(), fields), fields));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Scope scope(String prefix, ScopedKind kind, Fields fields) {
        return switch (prefix) {
            case "Teachers" -> new Scope.AllTeachers();
            case "Teacher" -> new Scope.OneTeacher(names.teacher(fields.required(kind.teacherElement)));
            case "Students" -> new Scope.AllStudents();
            default -> new Scope.OneStudentsSet(names.studentsSet(fields.required(ScopedKind.STUDENTS_ELEMENT)));
        };
    }

    private FetConstraint scoped(ScopedKind kind, ConstraintHeader header, Scope scope, Fields fields) {
        return switch (kind) {
            case NOT_AVAILABLE_TIMES ->
                new FetConstraint.NotAvailableTimes(
                        header, scope, slots(fields, "Number_of_Not_Available_Times", "Not_Available_Time"));
            case MAX_DAYS_PER_WEEK ->
                new FetConstraint.MaxDaysPerWeek(header, scope, fields.integer("Max_Days_Per_Week"));
            case INTERVAL_MAX_DAYS_PER_WEEK ->
                new FetConstraint.IntervalMaxDaysPerWeek(
                        header,
                        scope,
                        calendar.hour(fields.required("Interval_Start_Hour")),
                        intervalEnd(fields.required("Interval_End_Hour")),
                        fields.integer("Max_Days_Per_Week"));
            case MAX_GAPS_PER_WEEK -> new FetConstraint.MaxGapsPerWeek(header, scope, fields.integer("Max_Gaps"));
            case MAX_GAPS_PER_DAY -> new FetConstraint.MaxGapsPerDay(header, scope, fields.integer("Max_Gaps"));
            case MAX_HOURS_DAILY ->
                new FetConstraint.MaxHoursDaily(header, scope, fields.integer("Maximum_Hours_Daily"));
            case MAX_HOURS_CONTINUOUSLY ->
                new FetConstraint.MaxHoursContinuously(header, scope, fields.integer("Maximum_Hours_Continuously"));
            case MIN_HOURS_DAILY ->
                new FetConstraint.MinHoursDaily(
                        header, scope, fields.integer("Minimum_Hours_Daily"), fields.bool("Allow_Empty_Days", false));
        };
    }

    /** An empty end hour means the end of the day, which has no name. */
    private int intervalEnd(FetElement end) {
        return end.text().isBlank() ? calendar.hours().size() : calendar.hour(end);
    }

    private FetConstraint startingTime(ConstraintHeader header, Fields fields) {
        return new FetConstraint.ActivityPreferredStartingTime(
                header,
                names.activityId(fields.required("Activity_Id")),
                fields.child("Preferred_Day").map(calendar::day).orElse(null),
                fields.child("Preferred_Hour").map(calendar::hour).orElse(null),
                fields.bool("Permanently_Locked", false));
    }

    private ActivityFilter filter(Fields fields) {
        return new ActivityFilter(
                optional(fields, "Teacher_Name", names::teacher),
                optional(fields, "Students_Name", names::studentsSet),
                optional(fields, "Subject_Name", names::subject),
                optional(fields, "Activity_Tag_Name", names::activityTag),
                fields.child("Duration")
                        .filter(d -> !d.text().isBlank())
                        .map(Fields::integer)
                        .orElse(null));
    }

    private static @Nullable String optional(Fields fields, String name, Function<FetElement, String> known) {
        return fields.child(name).filter(e -> !e.text().isEmpty()).map(known).orElse(null);
    }

    private List<Integer> activityIds(Fields fields) {
        return fields.counted("Number_of_Activities", "Activity_Id").stream()
                .map(names::activityId)
                .toList();
    }

    private List<TimeSlot> slots(Fields fields, String countName, String name) {
        return preferred(fields, countName, name, "Day", "Hour");
    }

    private List<TimeSlot> timeSlots(Fields fields) {
        return preferred(
                fields, "Number_of_Preferred_Time_Slots", "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour");
    }

    private List<TimeSlot> preferred(Fields fields, String countName, String name, String day, String hour) {
        return fields.counted(countName, name).stream()
                .map(Fields::new)
                .map(slot -> calendar.slot(slot.required(day), slot.required(hour)))
                .toList();
    }
}
