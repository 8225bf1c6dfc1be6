package vn.edu.ecenter.timetable.xhstt;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One constraint of an instance, of one of the sixteen XHSTT types. Its {@code AppliesTo} is resolved to the points of
 * application the type works on (events, event groups or resources, as indices, repetitions kept); the groups it was
 * written with are not kept. Each type's meaning, as the {@link Evaluator} computes it, is described in {@code docs/timetable/xhstt.md}.
 */
public sealed interface Constraint {

    /** The part common to all types. */
    Header header();

    default String id() {
        return header().id();
    }

    /** Required constraints add to infeasibility, the others to the objective. */
    default boolean required() {
        return header().required();
    }

    default int weight() {
        return header().weight();
    }

    default CostFunction costFunction() {
        return header().costFunction();
    }

    /** The XML element name of this constraint's type. */
    default String element() {
        return getClass().getSimpleName() + "Constraint";
    }

    /** Id, name, hardness, weight and cost function of a constraint. */
    record Header(String id, @Nullable String name, boolean required, int weight, CostFunction costFunction) {}

    /** The event resources with {@code role} (all of them when null) of these events must be assigned a resource. */
    record AssignResource(
            Header header, IndexList events, @Nullable String role) implements Constraint {}

    /** These events must be assigned times. */
    record AssignTime(Header header, IndexList events) implements Constraint {}

    /** Bounds on the durations and on the number of the solution events each of these events is split into. */
    record SplitEvents(
            Header header,
            IndexList events,
            int minimumDuration,
            int maximumDuration,
            int minimumAmount,
            int maximumAmount)
            implements Constraint {}

    /** Between {@code minimum} and {@code maximum} of each event's solution events must last {@code duration}. */
    record DistributeSplitEvents(Header header, IndexList events, int duration, int minimum, int maximum)
            implements Constraint {}

    /** The event resources with {@code role} (all when null) of these events should be given one of {@code resources}. */
    record PreferResources(
            Header header, IndexList events, @Nullable String role, IndexSet resources) implements Constraint {}

    /**
     * These events' solution events (only those lasting {@code duration}, unless it is {@link Instance#NONE}) should
     * start at one of {@code times}.
     */
    record PreferTimes(Header header, IndexList events, IndexSet times, int duration) implements Constraint {}

    /** All event resources with {@code role} in the events of each group should get the same resource. */
    record AvoidSplitAssignments(Header header, IndexList eventGroups, String role) implements Constraint {}

    /** How many solution events of each event group may start in each of the listed time groups. */
    record SpreadEvents(Header header, IndexList eventGroups, List<TimeGroupLimit> timeGroups) implements Constraint {

        public SpreadEvents {
            timeGroups = List.copyOf(timeGroups);
        }
    }

    /** A time group with the minimum and maximum number of solution events it should hold. */
    record TimeGroupLimit(int timeGroup, int minimum, int maximum) {}

    /** The events of each group should run at the same times. */
    record LinkEvents(Header header, IndexList eventGroups) implements Constraint {}

    /** For each pair, the second event should start between the two separations after the end of the first. */
    record OrderEvents(Header header, List<EventPair> pairs) implements Constraint {

        public OrderEvents {
            pairs = List.copyOf(pairs);
        }
    }

    /** Two events and the gap wanted between the end of the first and the start of the second. */
    record EventPair(int first, int second, int minSeparation, int maxSeparation) {}

    /** These resources should not attend two events at once. */
    record AvoidClashes(Header header, IndexList resources) implements Constraint {}

    /** These resources should not be busy at {@code times}. */
    record AvoidUnavailableTimes(Header header, IndexList resources, IndexSet times) implements Constraint {}

    /** Bounds on the total number of idle times (gaps) these resources have inside the time groups. */
    record LimitIdleTimes(Header header, IndexList resources, IndexSet timeGroups, int minimum, int maximum)
            implements Constraint {}

    /** Bounds on the number of the time groups (days, usually) in which each resource is busy at all. */
    record ClusterBusyTimes(Header header, IndexList resources, IndexSet timeGroups, int minimum, int maximum)
            implements Constraint {}

    /** Bounds on the number of busy times of each resource in each time group where it is busy at all. */
    record LimitBusyTimes(Header header, IndexList resources, IndexSet timeGroups, int minimum, int maximum)
            implements Constraint {}

    /** Bounds on the total workload of each resource. */
    record LimitWorkload(Header header, IndexList resources, int minimum, int maximum) implements Constraint {}
}
