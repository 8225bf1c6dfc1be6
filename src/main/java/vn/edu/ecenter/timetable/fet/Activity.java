package vn.edu.ecenter.timetable.fet;

import java.util.List;

/**
 * An activity (hoạt động): teachers teach a subject to students sets for {@code duration} consecutive periods. FET
 * splits a subject's weekly periods into several activities sharing an {@code activityGroupId} (0 when not split),
 * each carrying the group's {@code totalDuration}. Inactive activities are kept in the file but not timetabled.
 */
public record Activity(
        int id,
        int activityGroupId,
        List<String> teachers,
        String subject,
        List<String> activityTags,
        List<String> students,
        int duration,
        int totalDuration,
        boolean active,
        String comments) {

    public Activity {
        teachers = List.copyOf(teachers);
        activityTags = List.copyOf(activityTags);
        students = List.copyOf(students);
        if (duration < 1) {
            throw new IllegalArgumentException("an activity lasts at least one period: " + duration);
        }
    }
}
