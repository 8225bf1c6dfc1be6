package vn.edu.ecenter.timetable.engine;

import java.util.List;

/**
 * The times of the timetable's cycle in order (usually a week), numbered from 0, with the day each belongs to. A lesson
 * of several periods occupies consecutive times of one day.
 *
 * @param names a name for each time, for messages (e.g. "Thứ 2 tiết 1")
 * @param dayOf the day of each time, numbered from 0 in order; -1 for a time that belongs to no day
 */
public record Week(List<String> names, int[] dayOf) {

    public Week {
        names = List.copyOf(names);
        dayOf = dayOf.clone();
        if (names.size() != dayOf.length) {
            throw new IllegalArgumentException("names and days differ in length");
        }
    }

    public int times() {
        return dayOf.length;
    }

    public int day(int time) {
        return dayOf[time];
    }

    /** Whether a lesson of this duration may start at the time: its times exist and lie in one day (if days are known). */
    public boolean fits(int start, int duration) {
        int end = start + duration - 1;
        if (start < 0 || end >= times()) {
            return false;
        }
        return dayOf[start] < 0 || dayOf[start] == dayOf[end];
    }
}
