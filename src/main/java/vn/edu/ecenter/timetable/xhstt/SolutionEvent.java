package vn.edu.ecenter.timetable.xhstt;

import java.util.List;

/**
 * One piece of an instance event in a solution (a "meet"): an event of duration 3 split 2 + 1 has two solution events.
 *
 * @param event index of the instance event
 * @param time index of the starting time, or {@link Instance#NONE} when it has none yet
 * @param resources the resources the solution chose for the event's non-preassigned event resources; preassigned ones
 *     need not be listed, they are inherited
 */
public record SolutionEvent(int event, int duration, int time, List<Assignment> resources) {

    public SolutionEvent {
        resources = List.copyOf(resources);
    }

    public boolean hasTime() {
        return time != Instance.NONE;
    }

    /** Resource {@code resource} attends in place of the event's {@code eventResource}-th event resource. */
    public record Assignment(int eventResource, int resource) {}
}
