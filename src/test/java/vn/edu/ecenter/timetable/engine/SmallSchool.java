package vn.edu.ecenter.timetable.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A small school for the engine's tests: a week of {@code days} × {@code periods}, classes and teachers as resources,
 * lessons of one or two periods, each class and teacher guarded by a hard "no clash" monitor, and every lesson by a
 * hard "must be placed" monitor. Further monitors can be added before {@link #problem()}.
 */
final class SmallSchool {

    final int days;
    final int periods;
    final List<String> resources = new ArrayList<>();
    final List<Lesson> lessons = new ArrayList<>();
    final List<Monitor> monitors = new ArrayList<>();

    SmallSchool(int days, int periods) {
        this.days = days;
        this.periods = periods;
    }

    int resource(String name) {
        resources.add(name);
        monitors.add(new Monitor.Clashes(name + ": không trùng giờ", Penalty.hard(1), resources.size() - 1));
        return resources.size() - 1;
    }

    int lesson(String name, int duration, int... resources) {
        return pinnedLesson(name, duration, -1, resources);
    }

    /** {@code count} lessons of one period of the resources, named "{@code name} 0", "{@code name} 1", … */
    int[] singlePeriods(String name, int count, int... resources) {
        return IntStream.range(0, count)
                .map(i -> lesson(name + " " + i, 1, resources))
                .toArray();
    }

    /** The deadline the engine's tests give a search: ten seconds from now, as a {@link System#nanoTime()}. */
    static long inTenSeconds() {
        return System.nanoTime() + Duration.ofSeconds(10).toNanos();
    }

    int pinnedLesson(String name, int duration, int fixedStart, int... resources) {
        Week week = week();
        int[] starts = IntStream.range(0, week.times())
                .filter(t -> week.fits(t, duration))
                .toArray();
        int index = lessons.size();
        lessons.add(new Lesson(index, name, index, duration, resources, starts, fixedStart, duration));
        monitors.add(new Monitor.Unplaced(name + ": phải xếp", Penalty.hard(1), new int[] {index}));
        return index;
    }

    int time(int day, int period) {
        return day * periods + period;
    }

    /** Adds a monitor for each of the resources from {@code first} up to, not including, {@code end}. */
    void monitorEach(int first, int end, IntFunction<Monitor> monitorOf) {
        for (int resource = first; resource < end; resource++) {
            monitors.add(monitorOf.apply(resource));
        }
    }

    /** The times of each day, as groups. */
    int[][] daysAsGroups() {
        return IntStream.range(0, days)
                .mapToObj(d -> IntStream.range(0, periods).map(p -> time(d, p)).toArray())
                .toArray(int[][]::new);
    }

    BitSet times(int... times) {
        BitSet set = new BitSet();
        for (int t : times) {
            set.set(t);
        }
        return set;
    }

    Week week() {
        List<String> names = new ArrayList<>();
        int[] dayOf = new int[days * periods];
        for (int d = 0; d < days; d++) {
            for (int p = 0; p < periods; p++) {
                names.add("Thứ " + (d + 2) + " tiết " + (p + 1));
                dayOf[time(d, p)] = d;
            }
        }
        return new Week(names, dayOf);
    }

    Problem problem() {
        return new Problem("trường nhỏ", week(), resources, lessons, List.of(), monitors, Cost.ZERO);
    }
}
