package vn.edu.ecenter.timetable.centre;

import org.jspecify.annotations.Nullable;

/**
 * A lesson of a timetable at its slot: a course's lesson ({@code courseId} set) or a fixed activity ({@code
 * activity} set, e.g. "Chào cờ").
 *
 * @param start the slot of its first period
 * @param duration its periods (2 for a double period)
 * @param roomId the room chosen for it, when its course needs one
 * @param pinned whether it stays at its slot when the timetable is solved again
 */
public record ScheduledLesson(
        @Nullable String courseId,
        @Nullable String activity,
        String classId,
        @Nullable String teacherId,
        Slot start,
        int duration,
        @Nullable String roomId,
        boolean pinned) {}
