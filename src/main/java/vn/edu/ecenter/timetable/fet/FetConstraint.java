package vn.edu.ecenter.timetable.fet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A time or space constraint of a FET file, with its full parameters. Each record is one rule of FET's; the ones
 * about people's weeks carry a {@link Scope} instead of being repeated for teacher, teachers, students set and
 * students. A constraint type the model does not know is kept whole as {@link Unsupported}, so it is reported on
 * import and written back unchanged, never dropped.
 */
public sealed interface FetConstraint {

    ConstraintHeader header();

    /** FET's XML element name: "Constraint" and the record's name ("ConstraintBasicCompulsoryTime"). */
    default String elementName() {
        return "Constraint" + getClass().getSimpleName();
    }

    /**
     * A rule about people's weeks, stated by FET once per scope: its element name carries the scope
     * ("ConstraintTeacherMaxDaysPerWeek", "ConstraintStudentsSetMaxDaysPerWeek").
     */
    sealed interface Scoped extends FetConstraint {

        Scope scope();

        @Override
        default String elementName() {
            return "Constraint" + scope().elementPrefix() + getClass().getSimpleName();
        }
    }

    /** FET's own compulsory rule: no teacher or students set in two activities at once, no activity past day end. */
    record BasicCompulsoryTime(ConstraintHeader header) implements FetConstraint {}

    /** FET's own compulsory rule for rooms: no room holds two activities at once. */
    record BasicCompulsorySpace(ConstraintHeader header) implements FetConstraint {}

    /** Periods when nobody has activities (giờ nghỉ); not counted as gaps. */
    record BreakTimes(ConstraintHeader header, List<TimeSlot> slots) implements FetConstraint {
        public BreakTimes {
            slots = List.copyOf(slots);
        }
    }

    /** Periods when one teacher or students set cannot have activities (giờ bận); not counted as their gaps. */
    record NotAvailableTimes(ConstraintHeader header, Scope scope, List<TimeSlot> slots) implements Scoped {
        public NotAvailableTimes {
            slots = List.copyOf(slots);
        }
    }

    /** At most {@code maxDays} days a week with at least one activity. */
    record MaxDaysPerWeek(ConstraintHeader header, Scope scope, int maxDays) implements Scoped {}

    /**
     * At most {@code maxDays} days a week with an activity in hours {@code startHour} (inclusive) to {@code endHour}
     * (exclusive; the number of hours means the end of the day).
     */
    record IntervalMaxDaysPerWeek(ConstraintHeader header, Scope scope, int startHour, int endHour, int maxDays)
            implements Scoped {}

    /** At most {@code maxGaps} gaps in the week; a gap is a free period between two busy ones of the same day. */
    record MaxGapsPerWeek(ConstraintHeader header, Scope scope, int maxGaps) implements Scoped {}

    /** At most {@code maxGaps} gaps on each day. */
    record MaxGapsPerDay(ConstraintHeader header, Scope scope, int maxGaps) implements Scoped {}

    /** At most {@code maxHours} busy periods on each day. */
    record MaxHoursDaily(ConstraintHeader header, Scope scope, int maxHours) implements Scoped {}

    /** At most {@code maxHours} busy periods in a row. */
    record MaxHoursContinuously(ConstraintHeader header, Scope scope, int maxHours) implements Scoped {}

    /** At least {@code minHours} busy periods on each day with activities (on every day if empty days are not allowed). */
    record MinHoursDaily(ConstraintHeader header, Scope scope, int minHours, boolean allowEmptyDays)
            implements Scoped {}

    /**
     * The activity starts on this day and hour (null = any). FET saves a generated timetable as one of these per
     * activity, {@code permanentlyLocked} when the user must not unlock it by accident.
     */
    record ActivityPreferredStartingTime(
            ConstraintHeader header,
            int activityId,
            @Nullable Integer day,
            @Nullable Integer hour,
            boolean permanentlyLocked)
            implements FetConstraint {}

    /** The activity starts in one of these slots. */
    record ActivityPreferredStartingTimes(ConstraintHeader header, int activityId, List<TimeSlot> slots)
            implements FetConstraint {
        public ActivityPreferredStartingTimes {
            slots = List.copyOf(slots);
        }
    }

    /** Every period of the activity lies in these slots. */
    record ActivityPreferredTimeSlots(ConstraintHeader header, int activityId, List<TimeSlot> slots)
            implements FetConstraint {
        public ActivityPreferredTimeSlots {
            slots = List.copyOf(slots);
        }
    }

    /** Every period of every activity the filter selects lies in these slots. */
    record ActivitiesPreferredTimeSlots(ConstraintHeader header, ActivityFilter filter, List<TimeSlot> slots)
            implements FetConstraint {
        public ActivitiesPreferredTimeSlots {
            slots = List.copyOf(slots);
        }
    }

    /** The activities all start on the same day. */
    record ActivitiesSameStartingDay(ConstraintHeader header, List<Integer> activityIds) implements FetConstraint {
        public ActivitiesSameStartingDay {
            activityIds = List.copyOf(activityIds);
        }
    }

    /** No two of the activities share a period. */
    record ActivitiesNotOverlapping(ConstraintHeader header, List<Integer> activityIds) implements FetConstraint {
        public ActivitiesNotOverlapping {
            activityIds = List.copyOf(activityIds);
        }
    }

    /**
     * Every two of the activities are at least {@code minDays} days apart; with {@code consecutiveIfSameDay}, two of
     * them that do fall on one day must follow each other directly.
     */
    record MinDaysBetweenActivities(
            ConstraintHeader header, List<Integer> activityIds, int minDays, boolean consecutiveIfSameDay)
            implements FetConstraint {
        public MinDaysBetweenActivities {
            activityIds = List.copyOf(activityIds);
        }
    }

    /**
     * The activity takes place in this room (a virtual room: in one of {@code realRooms}, as FET 6 writes them). FET
     * saves the rooms of a generated timetable as one of these per activity, {@code permanentlyLocked} when the user
     * must not unlock it by accident.
     */
    record ActivityPreferredRoom(
            ConstraintHeader header, int activityId, String room, List<String> realRooms, boolean permanentlyLocked)
            implements FetConstraint {
        public ActivityPreferredRoom {
            realRooms = List.copyOf(realRooms);
        }
    }

    /** A constraint type the model does not know, kept as read. */
    record Unsupported(ConstraintHeader header, FetElement element) implements FetConstraint {
        @Override
        public String elementName() {
            return element.name();
        }
    }
}
