package vn.edu.ecenter.timetable;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.centre.Slot;

/**
 * A lesson of a timetable version at its slot, with the names to show: a subject's lesson or a fixed activity
 * ({@code activity}, e.g. "Chào cờ").
 */
public record LessonView(
        UUID id,
        UUID classId,
        String className,
        @Nullable UUID subjectId,
        @Nullable String subjectCode,
        String title,
        @Nullable String activity,
        @Nullable UUID staffId,
        @Nullable String teacherName,
        Slot start,
        int duration,
        @Nullable UUID roomId,
        @Nullable String roomName,
        boolean pinned) {

    /** Whether the lesson occupies the slot (its start or a later period of a double period). */
    public boolean covers(Slot slot) {
        return start.day() == slot.day()
                && start.session() == slot.session()
                && slot.period() >= start.period()
                && slot.period() < start.period() + duration;
    }
}
