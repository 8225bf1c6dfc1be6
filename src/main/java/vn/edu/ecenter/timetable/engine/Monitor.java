package vn.edu.ecenter.timetable.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One rule applied at one point (a resource, an event, a group of events): it measures how far the placement deviates
 * from the rule, and its {@link Penalty} turns that deviation into cost. A monitor names what it depends on — lessons
 * whose start, resources whose load, choices whose resource — so that a {@link Placement} re-measures only the monitors
 * a move touches.
 */
public sealed interface Monitor {

    int[] NONE = {};

    /** The rule at this point, in Vietnamese, for the person editing the timetable (e.g. "GV Hà: không dạy trùng giờ"). */
    String label();

    Penalty penalty();

    /** How far the placement deviates from the rule here; 0 when it is kept. */
    long deviation(Placement placement);

    default int[] lessons() {
        return NONE;
    }

    default int[] resources() {
        return NONE;
    }

    default int[] choices() {
        return NONE;
    }

    /** A rule about one resource's week: it depends on that resource's load only. */
    sealed interface OfResource extends Monitor {

        int resource();

        @Override
        default int[] resources() {
            return new int[] {resource()};
        }

        /**
         * The times whose load the deviation reads, or null when it may read any (or more than the load): a {@link
         * Placement} re-measures the rule only when the resource's load changes at one of them.
         */
        default @Nullable BitSet watchedTimes() {
            return null;
        }
    }

    /** Lessons not placed at all: the sum of their durations. */
    record Unplaced(String label, Penalty penalty, int[] lessons) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            long missing = 0;
            for (int lesson : lessons) {
                if (placement.start(lesson) < 0) {
                    missing += placement.problem().lessons().get(lesson).duration();
                }
            }
            return missing;
        }
    }

    /**
     * Placed lessons that start outside the preferred times: the sum of their durations. With {@code duration} > 0 only
     * lessons of that duration are concerned (XHSTT PreferTimes with a Duration).
     */
    record PreferredStarts(String label, Penalty penalty, int[] lessons, BitSet starts, int duration)
            implements Monitor {
        @Override
        public long deviation(Placement placement) {
            long outside = 0;
            for (int lesson : lessons) {
                int start = placement.start(lesson);
                int length = placement.problem().lessons().get(lesson).duration();
                if (start >= 0 && (duration <= 0 || duration == length) && !starts.get(start)) {
                    outside += length;
                }
            }
            return outside;
        }
    }

    /** A resource used by two lessons at once: at each time, every lesson beyond the first counts one. */
    record Clashes(String label, Penalty penalty, int resource) implements OfResource {
        @Override
        public long deviation(Placement placement) {
            long clashes = 0;
            for (int load : placement.load(resource)) {
                if (load > 1) {
                    clashes += load - 1;
                }
            }
            return clashes;
        }
    }

    /** A resource busy at times it should not be: the number of such times it is busy. */
    record BusyAt(String label, Penalty penalty, int resource, BitSet times) implements OfResource {
        @Override
        public BitSet watchedTimes() {
            return times;
        }

        @Override
        public long deviation(Placement placement) {
            int[] load = placement.load(resource);
            long busy = 0;
            for (int time = times.nextSetBit(0); time >= 0; time = times.nextSetBit(time + 1)) {
                if (load[time] > 0) {
                    busy++;
                }
            }
            return busy;
        }
    }

    /**
     * Idle times of a resource (free times between its first and last busy time of a group, e.g. a teacher's gaps in a
     * day), summed over the groups, outside {@code [minimum, maximum]}.
     */
    record IdleTimes(String label, Penalty penalty, int resource, int[][] groups, int minimum, int maximum)
            implements OfResource {
        @Override
        public BitSet watchedTimes() {
            return union(groups);
        }

        @Override
        public long deviation(Placement placement) {
            int[] load = placement.load(resource);
            long idle = 0;
            for (int[] group : groups) {
                idle += idleIn(load, group);
            }
            return outside(idle, minimum, maximum);
        }

        static int idleIn(int[] load, int[] group) {
            int first = -1;
            int last = -1;
            int busy = 0;
            for (int i = 0; i < group.length; i++) {
                if (load[group[i]] > 0) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                    busy++;
                }
            }
            return first < 0 ? 0 : last - first + 1 - busy;
        }
    }

    /**
     * {@link BusyPerGroup} while a timetable is being built: busy times missing below the minimum count only beyond
     * what the resource's lessons not placed yet could still bring; busy times above the maximum count as they are.
     */
    record BusyPerGroupToFill(
            String label, Penalty penalty, int resource, int[][] groups, int minimum, int maximum, boolean emptyCounts)
            implements OfResource {
        @Override
        public long deviation(Placement placement) {
            int[] load = placement.load(resource);
            long over = 0;
            long missing = 0;
            for (int[] group : groups) {
                int busy = busyTimes(load, group);
                over += Math.max(0, busy - maximum);
                if (busy > 0 || emptyCounts) {
                    missing += Math.max(0, minimum - busy);
                }
            }
            return over + Math.max(0, missing - placement.pending(resource));
        }
    }

    /** The number of groups (e.g. days) in which a resource is busy at all, outside {@code [minimum, maximum]}. */
    record BusyGroups(String label, Penalty penalty, int resource, int[][] groups, int minimum, int maximum)
            implements OfResource {
        @Override
        public BitSet watchedTimes() {
            return union(groups);
        }

        @Override
        public long deviation(Placement placement) {
            int[] load = placement.load(resource);
            long busyGroups = 0;
            for (int[] group : groups) {
                if (busyAtAll(load, group)) {
                    busyGroups++;
                }
            }
            return outside(busyGroups, minimum, maximum);
        }
    }

    /**
     * In each group (e.g. a day), a resource's number of busy times outside {@code [minimum, maximum]}; summed over the
     * groups. A group where it is not busy at all counts only when {@code emptyCounts} (XHSTT LimitBusyTimes never
     * counts it; FET's minimum hours daily does unless empty days are allowed).
     */
    record BusyPerGroup(
            String label, Penalty penalty, int resource, int[][] groups, int minimum, int maximum, boolean emptyCounts)
            implements OfResource {
        @Override
        public BitSet watchedTimes() {
            return union(groups);
        }

        @Override
        public long deviation(Placement placement) {
            int[] load = placement.load(resource);
            long deviation = 0;
            for (int[] group : groups) {
                int busy = busyTimes(load, group);
                if (busy > 0 || emptyCounts) {
                    deviation += outside(busy, minimum, maximum);
                }
            }
            return deviation;
        }
    }

    /**
     * Runs of consecutive busy times of a resource within each group (a day) longer than {@code maximum}: the excess
     * of each run, summed (FET's maximum hours continuously).
     */
    record LongRuns(String label, Penalty penalty, int resource, int[][] groups, int maximum) implements OfResource {
        @Override
        public BitSet watchedTimes() {
            return union(groups);
        }

        @Override
        public long deviation(Placement placement) {
            int[] load = placement.load(resource);
            long excess = 0;
            for (int[] group : groups) {
                int run = 0;
                for (int i = 0; i <= group.length; i++) {
                    if (i < group.length && load[group[i]] > 0) {
                        run++;
                    } else {
                        excess += Math.max(0, run - maximum);
                        run = 0;
                    }
                }
            }
            return excess;
        }
    }

    /**
     * Lessons of some events spread over groups of times (e.g. at most one a day): in each group, the number of lessons
     * starting there outside {@code [minimum, maximum]} of that group; summed over the groups.
     */
    record Spread(String label, Penalty penalty, int[] lessons, BitSet[] groups, int[] minimum, int[] maximum)
            implements Monitor {
        @Override
        public long deviation(Placement placement) {
            long deviation = 0;
            for (int g = 0; g < groups.length; g++) {
                int starting = 0;
                for (int lesson : lessons) {
                    int start = placement.start(lesson);
                    if (start >= 0 && groups[g].get(start)) {
                        starting++;
                    }
                }
                deviation += outside(starting, minimum[g], maximum[g]);
            }
            return deviation;
        }
    }

    /** Lessons that should start on one day: the number of distinct days they start on, beyond the first. */
    record SameDay(String label, Penalty penalty, int[] lessons) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            BitSet days = new BitSet();
            for (int lesson : lessons) {
                int start = placement.start(lesson);
                if (start >= 0) {
                    days.set(Math.max(0, placement.problem().week().day(start)));
                }
            }
            return Math.max(0, days.cardinality() - 1);
        }
    }

    /**
     * Every two of the lessons at least {@code minimumDays} days apart (FET's minimum days between activities): for
     * each pair closer than that, the days missing.
     */
    record DaysApart(String label, Penalty penalty, int[] lessons, int minimumDays) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            Week week = placement.problem().week();
            return overPlacedPairs(
                    placement,
                    lessons,
                    (first, firstStart, second, secondStart) ->
                            Math.max(0, minimumDays - Math.abs(week.day(firstStart) - week.day(secondStart))));
        }
    }

    /**
     * Lessons that, when two of them fall on one day, must follow each other directly: the number of such pairs that do
     * not (FET's "consecutive if same day").
     */
    record AdjacentIfSameDay(String label, Penalty penalty, int[] lessons) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            Week week = placement.problem().week();
            List<Lesson> all = placement.problem().lessons();
            return overPlacedPairs(placement, lessons, (first, firstStart, second, secondStart) -> {
                boolean sameDay = week.day(firstStart) == week.day(secondStart);
                boolean adjacent = firstStart + all.get(first).duration() == secondStart
                        || secondStart + all.get(second).duration() == firstStart;
                return sameDay && !adjacent ? 1 : 0;
            });
        }
    }

    /** What two placed lessons cost together. */
    @FunctionalInterface
    interface PairCost {
        long of(int first, int firstStart, int second, int secondStart);
    }

    /** The sum of {@code cost} over every two lessons of the list that are both placed. */
    static long overPlacedPairs(Placement placement, int[] lessons, PairCost cost) {
        long sum = 0;
        for (int i = 0; i < lessons.length; i++) {
            int firstStart = placement.start(lessons[i]);
            for (int j = i + 1; j < lessons.length && firstStart >= 0; j++) {
                int secondStart = placement.start(lessons[j]);
                if (secondStart >= 0) {
                    sum += cost.of(lessons[i], firstStart, lessons[j], secondStart);
                }
            }
        }
        return sum;
    }

    /** Resources not chosen yet: the sum of the durations of their lessons. */
    record Unchosen(String label, Penalty penalty, int[] choices) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            long missing = 0;
            for (int choice : choices) {
                if (placement.chosen(choice) < 0) {
                    missing += placement.durationOfChoice(choice);
                }
            }
            return missing;
        }
    }

    /** Chosen resources outside the preferred ones: the sum of the durations of their lessons. */
    record PreferredResources(String label, Penalty penalty, int[] choices, BitSet preferred) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            long outside = 0;
            for (int choice : choices) {
                int resource = placement.chosen(choice);
                if (resource >= 0 && !preferred.get(resource)) {
                    outside += placement.durationOfChoice(choice);
                }
            }
            return outside;
        }
    }

    /**
     * Choices that should all get the same resource (e.g. one room for all of a course's lessons): the number of distinct
     * resources among those chosen and those fixed in advance ({@code fixed}), beyond the first.
     */
    record SameResource(String label, Penalty penalty, int[] choices, BitSet fixed) implements Monitor {
        @Override
        public long deviation(Placement placement) {
            BitSet distinct = (BitSet) fixed.clone();
            for (int choice : choices) {
                int resource = placement.chosen(choice);
                if (resource >= 0) {
                    distinct.set(resource);
                }
            }
            return Math.max(0, distinct.cardinality() - 1);
        }
    }

    /**
     * Events that should run at the same times (XHSTT LinkEvents), each given by its lessons: the number of times at
     * which some of the events run and others do not.
     */
    record Linked(String label, Penalty penalty, int[][] events) implements Monitor {
        @Override
        public int[] lessons() {
            return Arrays.stream(events).flatMapToInt(Arrays::stream).toArray();
        }

        @Override
        public long deviation(Placement placement) {
            int times = placement.problem().week().times();
            int[] running = new int[times];
            BitSet runningNow = new BitSet(times);
            for (int[] lessons : events) {
                runningNow.clear();
                for (int lesson : lessons) {
                    int start = placement.start(lesson);
                    if (start >= 0) {
                        runningNow.set(
                                start,
                                start
                                        + placement
                                                .problem()
                                                .lessons()
                                                .get(lesson)
                                                .duration());
                    }
                }
                runningNow.stream().forEach(t -> running[t]++);
            }
            long deviation = 0;
            for (int count : running) {
                if (count > 0 && count < events.length) {
                    deviation++;
                }
            }
            return deviation;
        }
    }

    /**
     * One event to start between {@code minimumGap} and {@code maximumGap} times after another ends (XHSTT OrderEvents),
     * measured once all lessons of both are placed: how far the gap lies outside those bounds.
     */
    record Ordered(String label, Penalty penalty, int[] first, int[] second, int minimumGap, int maximumGap)
            implements Monitor {
        @Override
        public int[] lessons() {
            return IntStream.concat(Arrays.stream(first), Arrays.stream(second)).toArray();
        }

        @Override
        public long deviation(Placement placement) {
            int end = Integer.MIN_VALUE;
            for (int lesson : first) {
                int start = placement.start(lesson);
                if (start < 0) {
                    return 0;
                }
                end = Math.max(
                        end, start + placement.problem().lessons().get(lesson).duration());
            }
            int begin = Integer.MAX_VALUE;
            for (int lesson : second) {
                int start = placement.start(lesson);
                if (start < 0) {
                    return 0;
                }
                begin = Math.min(begin, start);
            }
            if (first.length == 0 || second.length == 0) {
                return 0;
            }
            return outside(begin - end, minimumGap, maximumGap);
        }
    }

    /**
     * The workload of a resource (XHSTT LimitWorkload): {@code base} from the lessons it always attends, plus {@code
     * amounts[i]} when choice {@code choices[i]} picks it; how far that lies outside {@code [minimum, maximum]}, rounded
     * up.
     */
    record Workload(
            String label,
            Penalty penalty,
            int resource,
            double base,
            int[] choices,
            double[] amounts,
            int minimum,
            int maximum)
            implements Monitor {
        @Override
        public long deviation(Placement placement) {
            double workload = base;
            for (int i = 0; i < choices.length; i++) {
                if (placement.chosen(choices[i]) == resource) {
                    workload += amounts[i];
                }
            }
            double excess = workload < minimum ? minimum - workload : Math.max(0, workload - maximum);
            return (long) Math.ceil(excess - 1e-9);
        }
    }

    /** Every time of the groups. */
    static BitSet union(int[][] groups) {
        BitSet times = new BitSet();
        for (int[] group : groups) {
            for (int time : group) {
                times.set(time);
            }
        }
        return times;
    }

    /** The deviation of a count from {@code [minimum, maximum]}. */
    static long outside(long count, long minimum, long maximum) {
        return count < minimum ? minimum - count : count > maximum ? count - maximum : 0;
    }

    /** Whether the resource is busy at some time of the group. */
    static boolean busyAtAll(int[] load, int[] group) {
        for (int time : group) {
            if (load[time] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The number of times of the group at which the resource is busy. */
    static int busyTimes(int[] load, int[] group) {
        int busy = 0;
        for (int time : group) {
            if (load[time] > 0) {
                busy++;
            }
        }
        return busy;
    }
}
