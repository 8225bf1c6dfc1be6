package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A solution laid out for evaluation: its solution events ("meets") with their resources, completed the way the
 * format reads a solution (an event whose meets do not cover its duration gets one more meet, without time, for the
 * rest; preassigned resources are attended whether the solution lists them or not), and each resource's busy count at
 * each time.
 */
final class Timetable {

    private final Instance instance;
    private final List<Meet> meets = new ArrayList<>();
    private final List<List<Meet>> meetsOfEvent = new ArrayList<>();
    private final List<List<Task>> tasksOfResource = new ArrayList<>();
    private final int[][] busy;

    /** One solution event, with the resource attending each of its event's event resources (or {@code NONE}). */
    record Meet(int event, int duration, int time, int[] resources) {

        boolean hasTime() {
            return time != Instance.NONE;
        }
    }

    /** A meet's event resource, as seen from the resource attending it. */
    record Task(Meet meet, int eventResource) {}

    Timetable(Instance instance, Solution solution) {
        this.instance = instance;
        int timeCount = instance.times().size();
        instance.events().forEach(e -> meetsOfEvent.add(new ArrayList<>()));
        instance.resources().forEach(r -> tasksOfResource.add(new ArrayList<>()));
        this.busy = new int[instance.resources().size()][timeCount];
        solution.events().forEach(this::add);
        completeUnplacedDurations();
        for (Meet meet : meets) {
            for (int position = 0; position < meet.resources.length; position++) {
                int resource = meet.resources[position];
                if (resource != Instance.NONE) {
                    tasksOfResource.get(resource).add(new Task(meet, position));
                    occupy(resource, meet, timeCount);
                }
            }
        }
    }

    private void add(SolutionEvent solutionEvent) {
        Event event = instance.events().get(solutionEvent.event());
        int[] resources = preassigned(event);
        solutionEvent.resources().forEach(a -> resources[a.eventResource()] = a.resource());
        Meet meet = new Meet(solutionEvent.event(), solutionEvent.duration(), solutionEvent.time(), resources);
        meets.add(meet);
        meetsOfEvent.get(solutionEvent.event()).add(meet);
    }

    private void completeUnplacedDurations() {
        for (int e = 0; e < meetsOfEvent.size(); e++) {
            Event event = instance.events().get(e);
            int placed = meetsOfEvent.get(e).stream().mapToInt(Meet::duration).sum();
            if (placed < event.duration()) {
                Meet rest = new Meet(e, event.duration() - placed, Instance.NONE, preassigned(event));
                meets.add(rest);
                meetsOfEvent.get(e).add(rest);
            }
        }
    }

    private static int[] preassigned(Event event) {
        return event.resources().stream()
                .mapToInt(EventResource::preassignedResource)
                .toArray();
    }

    private void occupy(int resource, Meet meet, int timeCount) {
        if (meet.hasTime()) {
            int end = Math.min(meet.time + meet.duration, timeCount);
            for (int time = meet.time; time < end; time++) {
                busy[resource][time]++;
            }
        }
    }

    Instance instance() {
        return instance;
    }

    List<Meet> meetsOf(int event) {
        return meetsOfEvent.get(event);
    }

    List<Task> tasksOf(int resource) {
        return tasksOfResource.get(resource);
    }

    /** How many meets the resource attends at the time (more than one is a clash). */
    int busyCount(int resource, int time) {
        return busy[resource][time];
    }

    boolean isBusy(int resource, int time) {
        return busy[resource][time] > 0;
    }

    /** The times at which some meet of the event is running. */
    boolean[] busyTimesOf(int event) {
        boolean[] running = new boolean[instance.times().size()];
        for (Meet meet : meetsOf(event)) {
            if (meet.hasTime()) {
                Arrays.fill(running, meet.time, Math.min(meet.time + meet.duration, running.length), true);
            }
        }
        return running;
    }
}
