package vn.edu.ecenter.timetable.xhstt;

import java.util.List;

/**
 * A timetable for one instance: its solution events, in any order. Instance events left out are taken as unscheduled
 * (no time, no resources), as the format says.
 */
public record Solution(String instanceId, List<SolutionEvent> events) {

    public Solution {
        events = List.copyOf(events);
    }
}
