package vn.edu.ecenter.timetable.fet;

/** One period of the week: a day index and an hour (period) index, both from 0, in the document's lists. */
public record TimeSlot(int day, int hour) {

    public TimeSlot {
        if (day < 0 || hour < 0) {
            throw new IllegalArgumentException("day and hour are indexes from 0: " + day + ", " + hour);
        }
    }
}
