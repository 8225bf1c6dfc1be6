package vn.edu.ecenter.timetable.xhstt;

import vn.edu.ecenter.timetable.xhstt.Timetable.Task;

/** Deviations of the constraints whose points of application are resources. */
final class ResourceDeviations {

    private final Timetable timetable;
    private final Instance instance;

    ResourceDeviations(Timetable timetable) {
        this.timetable = timetable;
        this.instance = timetable.instance();
    }

    /** Per resource: at each time, the number of meets it attends beyond the first. */
    void avoidClashes(Constraint.AvoidClashes c, Deviations out) {
        int timeCount = instance.times().size();
        c.resources().stream().forEach(r -> {
            int clashes = 0;
            for (int t = 0; t < timeCount; t++) {
                clashes += Math.max(0, timetable.busyCount(r, t) - 1);
            }
            out.add(this::resourceId, r, clashes);
        });
    }

    /** Per resource: the number of unavailable times at which it is busy. */
    void avoidUnavailableTimes(Constraint.AvoidUnavailableTimes c, Deviations out) {
        c.resources().stream()
                .forEach(r -> out.add(this::resourceId, r, (int)
                        c.times().stream().filter(t -> timetable.isBusy(r, t)).count()));
    }

    /**
     * Per resource: how far its idle times, added up over the time groups, are out of bounds. An idle time of a time
     * group is a time at which the resource is free, between two times of the group at which it is busy.
     */
    void limitIdleTimes(Constraint.LimitIdleTimes c, Deviations out) {
        c.resources().stream().forEach(r -> {
            int idle = c.timeGroups().stream().map(g -> idleTimes(r, times(g))).sum();
            out.add(this::resourceId, r, Deviations.outside(idle, c.minimum(), c.maximum()));
        });
    }

    private int idleTimes(int resource, IndexSet times) {
        int first = Instance.NONE;
        int last = Instance.NONE;
        int busy = 0;
        for (int i = 0; i < times.size(); i++) {
            if (timetable.isBusy(resource, times.get(i))) {
                first = first == Instance.NONE ? i : first;
                last = i;
                busy++;
            }
        }
        return first == Instance.NONE ? 0 : last - first + 1 - busy;
    }

    /** Per resource: how far the number of time groups in which it is busy at all is out of bounds. */
    void clusterBusyTimes(Constraint.ClusterBusyTimes c, Deviations out) {
        c.resources().stream().forEach(r -> {
            int busyGroups = (int) c.timeGroups().stream()
                    .filter(g -> busyTimes(r, times(g)) > 0)
                    .count();
            out.add(this::resourceId, r, Deviations.outside(busyGroups, c.minimum(), c.maximum()));
        });
    }

    /** Per resource: over the time groups where it is busy at all, how far its busy times there are out of bounds. */
    void limitBusyTimes(Constraint.LimitBusyTimes c, Deviations out) {
        c.resources().stream().forEach(r -> {
            int deviation = c.timeGroups().stream()
                    .map(g -> busyTimes(r, times(g)))
                    .filter(busy -> busy > 0)
                    .map(busy -> Deviations.outside(busy, c.minimum(), c.maximum()))
                    .sum();
            out.add(this::resourceId, r, deviation);
        });
    }

    /**
     * Per resource: how far its workload is out of bounds, rounded up. A meet adds its event resource's workload in
     * proportion to the share of the event's duration it covers.
     */
    void limitWorkload(Constraint.LimitWorkload c, Deviations out) {
        c.resources().stream().forEach(r -> {
            double workload = 0;
            for (Task task : timetable.tasksOf(r)) {
                Event event = instance.events().get(task.meet().event());
                int eventResourceWorkload =
                        event.resources().get(task.eventResource()).workload();
                workload += (double) eventResourceWorkload * task.meet().duration() / event.duration();
            }
            double excess = workload < c.minimum() ? c.minimum() - workload : Math.max(0, workload - c.maximum());
            out.add(this::resourceId, r, (int) Math.ceil(excess - 1e-9));
        });
    }

    private int busyTimes(int resource, IndexSet times) {
        return (int) times.stream().filter(t -> timetable.isBusy(resource, t)).count();
    }

    private IndexSet times(int timeGroup) {
        return instance.timeGroups().get(timeGroup).times();
    }

    private String resourceId(int resource) {
        return instance.resources().get(resource).id();
    }
}
