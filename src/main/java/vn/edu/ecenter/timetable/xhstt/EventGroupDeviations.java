package vn.edu.ecenter.timetable.xhstt;

import java.util.BitSet;
import java.util.List;
import vn.edu.ecenter.timetable.xhstt.Timetable.Meet;

/** Deviations of the constraints whose points of application are event groups (and the pairs of order events). */
final class EventGroupDeviations {

    private final Timetable timetable;
    private final Instance instance;

    EventGroupDeviations(Timetable timetable) {
        this.timetable = timetable;
        this.instance = timetable.instance();
    }

    /** Per group: the number of distinct resources given to its event resources in the role, beyond the first. */
    void avoidSplitAssignments(Constraint.AvoidSplitAssignments c, Deviations out) {
        c.eventGroups().stream().forEach(g -> {
            BitSet assigned = new BitSet();
            groupEvents(g).stream().forEach(e -> {
                List<EventResource> resources = instance.events().get(e).resources();
                for (int position = 0; position < resources.size(); position++) {
                    if (c.role().equals(resources.get(position).role())) {
                        for (Meet meet : timetable.meetsOf(e)) {
                            if (meet.resources()[position] != Instance.NONE) {
                                assigned.set(meet.resources()[position]);
                            }
                        }
                    }
                }
            });
            out.add(this::groupId, g, Math.max(0, assigned.cardinality() - 1));
        });
    }

    /** Per group: over the time groups, how far the number of its meets starting in each is out of bounds. */
    void spreadEvents(Constraint.SpreadEvents c, Deviations out) {
        c.eventGroups().stream().forEach(g -> {
            int[] starts = new int[instance.times().size()];
            groupEvents(g).stream()
                    .forEach(e ->
                            timetable.meetsOf(e).stream().filter(Meet::hasTime).forEach(m -> starts[m.time()]++));
            int deviation = 0;
            for (Constraint.TimeGroupLimit limit : c.timeGroups()) {
                int count = instance.timeGroups().get(limit.timeGroup()).times().stream()
                        .map(t -> starts[t])
                        .sum();
                deviation += Deviations.outside(count, limit.minimum(), limit.maximum());
            }
            out.add(this::groupId, g, deviation);
        });
    }

    /** Per group: the number of times at which some, but not all, of its events are running. */
    void linkEvents(Constraint.LinkEvents c, Deviations out) {
        c.eventGroups().stream().forEach(g -> {
            IndexSet events = groupEvents(g);
            int[] running = new int[instance.times().size()];
            events.stream().forEach(e -> {
                boolean[] busy = timetable.busyTimesOf(e);
                for (int t = 0; t < busy.length; t++) {
                    running[t] += busy[t] ? 1 : 0;
                }
            });
            int deviation = 0;
            for (int count : running) {
                deviation += count > 0 && count < events.size() ? 1 : 0;
            }
            out.add(this::groupId, g, deviation);
        });
    }

    /**
     * Per pair, once both events are fully timed: how far the gap from the end of the first event's last meet to the
     * start of the second event's first meet is out of the separation bounds.
     */
    void orderEvents(Constraint.OrderEvents c, Deviations out) {
        List<Constraint.EventPair> pairs = c.pairs();
        for (int p = 0; p < pairs.size(); p++) {
            Constraint.EventPair pair = pairs.get(p);
            List<Meet> first = timetable.meetsOf(pair.first());
            List<Meet> second = timetable.meetsOf(pair.second());
            boolean timed =
                    first.stream().allMatch(Meet::hasTime) && second.stream().allMatch(Meet::hasTime);
            if (timed && !first.isEmpty() && !second.isEmpty()) {
                int end = first.stream()
                        .mapToInt(m -> m.time() + m.duration())
                        .max()
                        .orElseThrow();
                int start = second.stream().mapToInt(Meet::time).min().orElseThrow();
                out.add(
                        i -> pairName(pairs.get(i)),
                        p,
                        Deviations.outside(start - end, pair.minSeparation(), pair.maxSeparation()));
            }
        }
    }

    private IndexSet groupEvents(int group) {
        return instance.eventGroups().get(group).events();
    }

    private String groupId(int group) {
        return instance.eventGroups().get(group).id();
    }

    private String pairName(Constraint.EventPair pair) {
        return instance.events().get(pair.first()).id() + " → "
                + instance.events().get(pair.second()).id();
    }
}
