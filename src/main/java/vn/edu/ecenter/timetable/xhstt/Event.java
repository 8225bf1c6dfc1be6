package vn.edu.ecenter.timetable.xhstt;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson to be timetabled: it lasts {@code duration} times (it may be split into several solution events whose
 * durations add up to it) and needs the listed resources.
 *
 * @param workload the default workload of its event resources (the file's default is the duration)
 * @param preassignedTime index of the fixed starting time, or {@link Instance#NONE}
 * @param course index of its course (an {@link EventGroup.Kind#COURSE} group), or {@link Instance#NONE}
 * @param eventGroups the other event groups it is declared in
 */
public record Event(
        String id,
        @Nullable String name,
        int duration,
        int workload,
        int preassignedTime,
        int course,
        List<EventResource> resources,
        IndexSet eventGroups) {

    public Event {
        resources = List.copyOf(resources);
    }

    public boolean hasPreassignedTime() {
        return preassignedTime != Instance.NONE;
    }
}
