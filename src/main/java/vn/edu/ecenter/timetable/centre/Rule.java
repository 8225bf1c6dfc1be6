package vn.edu.ecenter.timetable.centre;

/**
 * The rules a centre's timetable is judged by. Each can be switched off, made hard (the timetable is not acceptable
 * while it is broken) or soft with a weight; some take a limit. Defaults: {@link Rules#defaults()}.
 */
public enum Rule {
    /** A teacher teaches two lessons at once. */
    TEACHER_CLASH,
    /** A class has two lessons at once. */
    CLASS_CLASH,
    /** A room holds two lessons at once. */
    ROOM_CLASH,
    /** A teacher teaches in a slot they asked to keep free. */
    TEACHER_UNAVAILABLE,
    /** A teacher shared with another institution teaches here while teaching there. */
    TEACHER_ELSEWHERE,
    /** A teacher teaches during their subject group's meeting half-day. */
    GROUP_MEETING,
    /** A double period runs across a long break. */
    DOUBLE_ACROSS_BREAK,
    /** A class has more than {@code limit} periods in a day. */
    CLASS_MAX_PER_DAY,
    /** A teacher teaches more than {@code limit} periods in a day. */
    TEACHER_MAX_PER_DAY,
    /** A teacher has more than {@code limit} idle periods (tiết trống) within the sessions of a day. */
    TEACHER_MAX_IDLE,
    /** A class has an empty period between two lessons of a session (lủng tiết). */
    CLASS_IDLE,
    /** A subject has more than one lesson in a day for a class (a double period counts as one lesson). */
    SUBJECT_SPREAD,
    /** A lesson that needs a room of some kind has none. */
    ROOM_NEEDED,
    /** A lesson is given a room with fewer seats than the class has learners. */
    ROOM_CAPACITY
}
