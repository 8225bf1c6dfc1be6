package vn.edu.ecenter.timetable.engine;

import java.util.Arrays;

/**
 * A lesson to place: a run of {@code duration} consecutive times that starts at one of {@code starts}, during which it
 * occupies its resources. Several lessons may come from one event (a subject's periods of the week for a class, split
 * into single and double periods); {@code event} groups them.
 *
 * @param index the lesson's position in {@link Problem#lessons()}
 * @param name for messages, e.g. "Toán 10A1"
 * @param event the event the lesson is a part of
 * @param duration number of consecutive times, at least 1
 * @param resources the resources it always uses (class, teacher, fixed room); a resource appears at most once
 * @param starts the times it may start at, ascending (the solver never places it elsewhere)
 * @param fixedStart the start it is pinned to, or -1 when the solver chooses
 * @param workload what the lesson adds to its resources' workload (XHSTT LimitWorkload)
 */
public record Lesson(
        int index, String name, int event, int duration, int[] resources, int[] starts, int fixedStart, int workload) {

    public Lesson {
        if (duration < 1) {
            throw new IllegalArgumentException("duration < 1: " + name);
        }
        resources = resources.clone();
        starts = starts.clone();
        Arrays.sort(starts);
        if (fixedStart >= 0 && Arrays.binarySearch(starts, fixedStart) < 0) {
            throw new IllegalArgumentException("fixed start is not an allowed start: " + name);
        }
    }

    public boolean pinned() {
        return fixedStart >= 0;
    }
}
