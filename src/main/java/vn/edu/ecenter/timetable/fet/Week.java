package vn.edu.ecenter.timetable.fet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One teacher's or one students set's week in a timetable: how many activities occupy each period, and which periods
 * are not available to them (their not-available times and the breaks). The measures FET's constraints use on people
 * are all here, so that a rule is written once for teachers and students.
 */
final class Week {

    private final String label;
    private final List<PlacedActivity> activities;
    private final int[][] load;
    private final Set<TimeSlot> unavailable;

    Week(String label, List<PlacedActivity> activities, Set<TimeSlot> unavailable, int days, int hours) {
        this.label = label;
        this.activities = List.copyOf(activities);
        this.unavailable = Set.copyOf(unavailable);
        this.load = new int[days][hours];
        for (PlacedActivity placed : activities) {
            placed.hours().filter(h -> h < hours).forEach(h -> load[placed.day()][h]++);
        }
    }

    /** "giáo viên Lan", "lớp 6A". */
    String label() {
        return label;
    }

    List<PlacedActivity> activities() {
        return activities;
    }

    int days() {
        return load.length;
    }

    int load(int day, int hour) {
        return load[day][hour];
    }

    boolean busy(int day, int hour) {
        return load[day][hour] > 0;
    }

    /** Busy periods of the day, each counted once however many activities share it. */
    int busyHours(int day) {
        return (int)
                IntStream.range(0, load[day].length).filter(h -> busy(day, h)).count();
    }

    /** Busy periods of the day in hours {@code from} (inclusive) to {@code to} (exclusive). */
    boolean busyBetween(int day, int from, int to) {
        return IntStream.range(from, Math.min(to, load[day].length)).anyMatch(h -> busy(day, h));
    }

    long workingDays() {
        return IntStream.range(0, days()).filter(d -> busyHours(d) > 0).count();
    }

    /**
     * Free periods between the day's first and last busy ones, not counting periods when they are not available or on
     * a break (FET does not count those as gaps).
     */
    int gaps(int day) {
        int first = IntStream.range(0, load[day].length)
                .filter(h -> busy(day, h))
                .findFirst()
                .orElse(-1);
        int last = IntStream.range(0, load[day].length)
                .filter(h -> busy(day, h))
                .max()
                .orElse(-1);
        return (int) IntStream.range(first + 1, Math.max(first + 1, last))
                .filter(h -> !busy(day, h) && !unavailable.contains(new TimeSlot(day, h)))
                .count();
    }

    /** Consecutive busy periods of a day: from hour {@code start}, {@code length} periods. */
    record Run(int start, int length) {}

    /** The day's runs of consecutive busy periods, in order. */
    List<Run> runs(int day) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int h = 0; h <= load[day].length; h++) {
            boolean busy = h < load[day].length && busy(day, h);
            if (busy && start < 0) {
                start = h;
            } else if (!busy && start >= 0) {
                runs.add(new Run(start, h - start));
                start = -1;
            }
        }
        return runs;
    }
}
