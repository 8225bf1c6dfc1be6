package vn.edu.ecenter.timetable.fet;

import org.jspecify.annotations.Nullable;

/** Where an activity is in a timetable: the day and hour it starts (indexes from 0), and its room if any. */
public record Placement(int day, int hour, @Nullable String room) {

    public Placement(int day, int hour) {
        this(day, hour, null);
    }
}
