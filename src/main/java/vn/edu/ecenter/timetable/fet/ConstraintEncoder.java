package vn.edu.ecenter.timetable.fet;

import static vn.edu.ecenter.timetable.fet.FetElement.leaf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Turns a {@link FetConstraint} into the element FET 6.8.5 writes for it, children in FET's order. */
final class ConstraintEncoder {

    private final Calendar calendar;

    ConstraintEncoder(Calendar calendar) {
        this.calendar = calendar;
    }

    FetElement encode(FetConstraint constraint) {
        return switch (constraint) {
            case FetConstraint.BasicCompulsoryTime c -> element(c, List.of());
            case FetConstraint.BasicCompulsorySpace c -> element(c, List.of());
            case FetConstraint.BreakTimes c ->
                element(c, slots("Number_of_Break_Times", "Break_Time", "Day", "Hour", c.slots()));
            case FetConstraint.NotAvailableTimes c ->
                scoped(
                        c,
                        ScopedKind.NOT_AVAILABLE_TIMES,
                        c.scope(),
                        slots("Number_of_Not_Available_Times", "Not_Available_Time", "Day", "Hour", c.slots()));
            case FetConstraint.MaxDaysPerWeek c ->
                scoped(c, ScopedKind.MAX_DAYS_PER_WEEK, c.scope(), List.of(number("Max_Days_Per_Week", c.maxDays())));
            case FetConstraint.IntervalMaxDaysPerWeek c ->
                scoped(
                        c,
                        ScopedKind.INTERVAL_MAX_DAYS_PER_WEEK,
                        c.scope(),
                        List.of(
                                leaf("Interval_Start_Hour", calendar.hours().get(c.startHour())),
                                leaf("Interval_End_Hour", intervalEnd(c.endHour())),
                                number("Max_Days_Per_Week", c.maxDays())));
            case FetConstraint.MaxGapsPerWeek c ->
                scoped(c, ScopedKind.MAX_GAPS_PER_WEEK, c.scope(), List.of(number("Max_Gaps", c.maxGaps())));
            case FetConstraint.MaxGapsPerDay c ->
                scoped(c, ScopedKind.MAX_GAPS_PER_DAY, c.scope(), List.of(number("Max_Gaps", c.maxGaps())));
            case FetConstraint.MaxHoursDaily c ->
                scoped(c, ScopedKind.MAX_HOURS_DAILY, c.scope(), List.of(number("Maximum_Hours_Daily", c.maxHours())));
            case FetConstraint.MaxHoursContinuously c ->
                scoped(
                        c,
                        ScopedKind.MAX_HOURS_CONTINUOUSLY,
                        c.scope(),
                        List.of(number("Maximum_Hours_Continuously", c.maxHours())));
            case FetConstraint.MinHoursDaily c ->
                scoped(
                        c,
                        ScopedKind.MIN_HOURS_DAILY,
                        c.scope(),
                        List.of(
                                number("Minimum_Hours_Daily", c.minHours()),
                                leaf("Allow_Empty_Days", String.valueOf(c.allowEmptyDays()))));
            case FetConstraint.ActivityPreferredStartingTime c -> element(c, startingTime(c));
            case FetConstraint.ActivityPreferredStartingTimes c ->
                element(
                        c,
                        Stream.concat(
                                        Stream.of(number("Activity_Id", c.activityId())),
                                        slots(
                                                "Number_of_Preferred_Starting_Times",
                                                "Preferred_Starting_Time",
                                                "Preferred_Starting_Day",
                                                "Preferred_Starting_Hour",
                                                c.slots())
                                                .stream())
                                .toList());
            case FetConstraint.ActivityPreferredTimeSlots c ->
                element(
                        c,
                        Stream.concat(Stream.of(number("Activity_Id", c.activityId())), timeSlots(c.slots()).stream())
                                .toList());
            case FetConstraint.ActivitiesPreferredTimeSlots c ->
                element(
                        c,
                        Stream.concat(filter(c.filter()).stream(), timeSlots(c.slots()).stream())
                                .toList());
            case FetConstraint.ActivitiesSameStartingDay c -> element(c, activities(c.activityIds()));
            case FetConstraint.ActivitiesNotOverlapping c -> element(c, activities(c.activityIds()));
            case FetConstraint.MinDaysBetweenActivities c -> element(c, minDays(c));
            case FetConstraint.ActivityPreferredRoom c -> element(c, preferredRoom(c));
            case FetConstraint.Unsupported c -> c.element();
        };
    }

    private static FetElement element(FetConstraint constraint, List<FetElement> parameters) {
        List<FetElement> children = new ArrayList<>();
        children.add(leaf("Weight_Percentage", constraint.header().weight().text()));
        children.addAll(parameters);
        children.add(leaf("Active", String.valueOf(constraint.header().active())));
        children.add(leaf("Comments", constraint.header().comments()));
        return FetElement.parent(constraint.elementName(), children);
    }

    /** The parameters with the teacher's or students set's name where FET writes it. */
    private static FetElement scoped(
            FetConstraint constraint, ScopedKind kind, Scope scope, List<FetElement> parameters) {
        List<FetElement> children = new ArrayList<>(parameters);
        switch (scope) {
            case Scope.OneTeacher teacher -> children.addFirst(leaf(kind.teacherElement, teacher.name()));
            case Scope.OneStudentsSet set ->
                children.add(kind.studentsFirst ? 0 : 1, leaf(ScopedKind.STUDENTS_ELEMENT, set.name()));
            case Scope.AllTeachers all -> {}
            case Scope.AllStudents all -> {}
        }
        return element(constraint, children);
    }

    private String intervalEnd(int endHour) {
        return endHour == calendar.hours().size() ? "" : calendar.hours().get(endHour);
    }

    private List<FetElement> startingTime(FetConstraint.ActivityPreferredStartingTime c) {
        List<FetElement> children = new ArrayList<>();
        children.add(number("Activity_Id", c.activityId()));
        if (c.day() != null) {
            children.add(leaf("Preferred_Day", calendar.days().get(c.day())));
        }
        if (c.hour() != null) {
            children.add(leaf("Preferred_Hour", calendar.hours().get(c.hour())));
        }
        children.add(leaf("Permanently_Locked", String.valueOf(c.permanentlyLocked())));
        return children;
    }

    /** As FET 6.8.5 writes it: the real rooms only for a virtual room. */
    private static List<FetElement> preferredRoom(FetConstraint.ActivityPreferredRoom c) {
        List<FetElement> children = new ArrayList<>();
        children.add(number("Activity_Id", c.activityId()));
        children.add(leaf("Room", c.room()));
        if (!c.realRooms().isEmpty()) {
            children.add(number("Number_of_Real_Rooms", c.realRooms().size()));
            c.realRooms().forEach(room -> children.add(leaf("Real_Room", room)));
        }
        children.add(leaf("Permanently_Locked", String.valueOf(c.permanentlyLocked())));
        return children;
    }

    private static List<FetElement> filter(ActivityFilter filter) {
        return List.of(
                leaf("Teacher_Name", orEmpty(filter.teacher())),
                leaf("Students_Name", orEmpty(filter.students())),
                leaf("Subject_Name", orEmpty(filter.subject())),
                leaf("Activity_Tag_Name", orEmpty(filter.activityTag())),
                leaf("Duration", filter.duration() == null ? "" : String.valueOf(filter.duration())));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static List<FetElement> activities(List<Integer> ids) {
        return Stream.concat(
                        Stream.of(number("Number_of_Activities", ids.size())),
                        ids.stream().map(id -> number("Activity_Id", id)))
                .toList();
    }

    private static List<FetElement> minDays(FetConstraint.MinDaysBetweenActivities c) {
        List<FetElement> children = new ArrayList<>();
        children.add(leaf("Consecutive_If_Same_Day", String.valueOf(c.consecutiveIfSameDay())));
        children.addAll(activities(c.activityIds()));
        children.add(number("MinDays", c.minDays()));
        return children;
    }

    private List<FetElement> timeSlots(List<TimeSlot> slots) {
        return slots("Number_of_Preferred_Time_Slots", "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour", slots);
    }

    private List<FetElement> slots(String countName, String name, String day, String hour, List<TimeSlot> slots) {
        return Stream.concat(
                        Stream.of(number(countName, slots.size())),
                        slots.stream()
                                .map(slot -> FetElement.parent(
                                        name,
                                        List.of(
                                                leaf(day, calendar.days().get(slot.day())),
                                                leaf(hour, calendar.hours().get(slot.hour()))))))
                .toList();
    }

    private static FetElement number(String name, int value) {
        return leaf(name, String.valueOf(value));
    }
}
