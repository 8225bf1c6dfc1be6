package vn.edu.ecenter.timetable.fet;

import org.jspecify.annotations.Nullable;

/**
 * Which activities a constraint such as ConstraintActivitiesPreferredTimeSlots selects: those matching every given
 * criterion (null = any). A students criterion matches an activity whose students share a set without parts with it,
 * so a year selects its classes' activities and a class selects its year's activities, but a sibling class does not
 * (as FET 6.8.5 does).
 */
public record ActivityFilter(
        @Nullable String teacher,
        @Nullable String students,
        @Nullable String subject,
        @Nullable String activityTag,
        @Nullable Integer duration) {

    /** Whether the filter selects the activity; students sets are compared by their sets without parts. */
    boolean selects(Activity activity, StudentsStructure structure) {
        return (teacher == null || activity.teachers().contains(teacher))
                && (subject == null || activity.subject().equals(subject))
                && (activityTag == null || activity.activityTags().contains(activityTag))
                && (duration == null || activity.duration() == duration)
                && (students == null
                        || activity.students().stream()
                                .flatMap(set -> structure.unitsOf(set).stream())
                                .anyMatch(structure.unitsOf(students)::contains));
    }
}
