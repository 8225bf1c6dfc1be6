package vn.edu.ecenter.timetable.fet;

import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** An active activity with its place in the timetable. */
record PlacedActivity(
        Activity activity, int day, int hour, @Nullable String room) {

    int id() {
        return activity.id();
    }

    /** The hour after its last period (may pass the end of the day, which basic compulsory time reports). */
    int end() {
        return hour + activity.duration();
    }

    IntStream hours() {
        return IntStream.range(hour, end());
    }

    /** How many periods it shares with another activity. */
    int overlap(PlacedActivity other) {
        return day != other.day ? 0 : Math.max(0, Math.min(end(), other.end()) - Math.max(hour, other.hour));
    }

    boolean adjacentTo(PlacedActivity other) {
        return day == other.day && (end() == other.hour || other.end() == hour);
    }
}
