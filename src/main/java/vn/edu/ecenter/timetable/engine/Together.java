package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Lessons the solver moves as one: the lessons of events that a hard {@link Monitor.Linked} links (XHSTT LinkEvents:
 * the events run at the same times). When every linked event is split into lessons of the same durations, the k-th
 * lesson of each (by duration, then index) starts with the k-th lesson of the others; moving them one at a time would
 * break the link at every step, so the search could not move them at all. The cost is still measured lesson by
 * lesson: the link monitor simply stays kept. Events split differently, pinned lessons and lessons with no common
 * allowed start (or two of one event in a group) are left to move alone.
 */
final class Together {

    private Together() {}

    /** A partition of the problem's lessons into groups that start together, each in ascending order, by first lesson. */
    static int[][] groups(Problem problem) {
        List<Lesson> lessons = problem.lessons();
        int[] parent = new int[lessons.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Monitor monitor : problem.monitors()) {
            if (monitor instanceof Monitor.Linked linked && linked.penalty().hard() && linked.events().length > 1) {
                link(lessons, linked.events(), parent);
            }
        }
        TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            int[] group = members.stream().mapToInt(Integer::intValue).sorted().toArray();
            if (group.length > 1 && (starts(lessons, group).length == 0 || sharesAnEvent(lessons, group))) {
                for (int lesson : group) {
                    groups.add(new int[] {lesson});
                }
            } else {
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparingInt(g -> g[0]));
        return groups.toArray(int[][]::new);
    }

    /** The starts every lesson of the group allows. */
    static int[] starts(List<Lesson> lessons, int[] group) {
        int[] common = lessons.get(group[0]).starts();
        for (int i = 1; i < group.length; i++) {
            int[] other = lessons.get(group[i]).starts();
            common = Arrays.stream(common)
                    .filter(s -> Arrays.binarySearch(other, s) >= 0)
                    .toArray();
        }
        return common;
    }

    private static boolean sharesAnEvent(List<Lesson> lessons, int[] group) {
        return Arrays.stream(group).map(l -> lessons.get(l).event()).distinct().count() < group.length;
    }

    private static void link(List<Lesson> lessons, int[][] events, int[] parent) {
        int[][] sorted = new int[events.length][];
        for (int e = 0; e < events.length; e++) {
            sorted[e] = Arrays.stream(events[e])
                    .boxed()
                    .sorted(Comparator.<Integer>comparingInt(l -> lessons.get(l).duration())
                            .thenComparingInt(l -> l))
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int lesson : sorted[e]) {
                if (lessons.get(lesson).pinned()) {
                    return;
                }
            }
        }
        for (int e = 1; e < events.length; e++) {
            if (sorted[e].length != sorted[0].length) {
                return;
            }
            for (int k = 0; k < sorted[0].length; k++) {
                if (lessons.get(sorted[e][k]).duration()
                        != lessons.get(sorted[0][k]).duration()) {
                    return;
                }
            }
        }
        for (int e = 1; e < events.length; e++) {
            for (int k = 0; k < sorted[0].length; k++) {
                parent[root(parent, sorted[e][k])] = root(parent, sorted[0][k]);
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
