package vn.edu.ecenter.timetable.xhstt;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * An XHSTT instance in memory: every reference is resolved to an index into one of these lists, so a solver works on
 * ints; the Ids are kept for output and messages. Immutable; two instances read from equivalent files are equal.
 */
public record Instance(
        String id,
        InstanceMetadata metadata,
        List<Time> times,
        List<TimeGroup> timeGroups,
        List<ResourceType> resourceTypes,
        List<ResourceGroup> resourceGroups,
        List<Resource> resources,
        List<EventGroup> eventGroups,
        List<Event> events,
        List<Constraint> constraints) {

    /** The index that stands for "none" (no preassigned time, no resource, no course, ...). */
    public static final int NONE = -1;

    public Instance {
        times = List.copyOf(times);
        timeGroups = List.copyOf(timeGroups);
        resourceTypes = List.copyOf(resourceTypes);
        resourceGroups = List.copyOf(resourceGroups);
        resources = List.copyOf(resources);
        eventGroups = List.copyOf(eventGroups);
        events = List.copyOf(events);
        constraints = List.copyOf(constraints);
    }

    public OptionalInt timeIndex(String timeId) {
        return indexOf(times, Time::id, timeId);
    }

    public OptionalInt resourceIndex(String resourceId) {
        return indexOf(resources, Resource::id, resourceId);
    }

    public OptionalInt eventIndex(String eventId) {
        return indexOf(events, Event::id, eventId);
    }

    private static <T> OptionalInt indexOf(List<T> items, Function<T, String> id, String wanted) {
        return IntStream.range(0, items.size())
                .filter(i -> id.apply(items.get(i)).equals(wanted))
                .findFirst();
    }
}
