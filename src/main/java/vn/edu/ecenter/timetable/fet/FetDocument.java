package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.stream.Stream;

/**
 * The content of a FET file (tệp .fet): the week's days and hours (periods), subjects, activity tags, teachers,
 * students (years &gt; groups &gt; subgroups), activities, buildings and rooms, and the time and space constraints. Names
 * are FET's identities: activities and constraints refer to teachers, subjects and students sets by name, and to days
 * and hours by their index in {@link #days()} and {@link #hours()}.
 */
public record FetDocument(
        String institutionName,
        String comments,
        List<String> days,
        List<String> hours,
        List<Subject> subjects,
        List<ActivityTag> activityTags,
        List<Teacher> teachers,
        List<StudentsSet> years,
        List<Activity> activities,
        List<Building> buildings,
        List<Room> rooms,
        List<FetConstraint> timeConstraints,
        List<FetConstraint> spaceConstraints) {

    public FetDocument {
        days = List.copyOf(days);
        hours = List.copyOf(hours);
        subjects = List.copyOf(subjects);
        activityTags = List.copyOf(activityTags);
        teachers = List.copyOf(teachers);
        years = List.copyOf(years);
        activities = List.copyOf(activities);
        buildings = List.copyOf(buildings);
        rooms = List.copyOf(rooms);
        timeConstraints = List.copyOf(timeConstraints);
        spaceConstraints = List.copyOf(spaceConstraints);
    }

    public Stream<Activity> activeActivities() {
        return activities.stream().filter(Activity::active);
    }

    public Stream<FetConstraint> constraints() {
        return Stream.concat(timeConstraints.stream(), spaceConstraints.stream());
    }

    /** The same document with more time constraints at the end of the list. */
    public FetDocument withTimeConstraintsAdded(List<? extends FetConstraint> added) {
        return new FetDocument(
                institutionName,
                comments,
                days,
                hours,
                subjects,
                activityTags,
                teachers,
                years,
                activities,
                buildings,
                rooms,
                Stream.concat(timeConstraints.stream(), added.stream()).toList(),
                spaceConstraints);
    }

    /** The same document with more space constraints at the end of the list. */
    public FetDocument withSpaceConstraintsAdded(List<? extends FetConstraint> added) {
        return new FetDocument(
                institutionName,
                comments,
                days,
                hours,
                subjects,
                activityTags,
                teachers,
                years,
                activities,
                buildings,
                rooms,
                timeConstraints,
                Stream.concat(spaceConstraints.stream(), added.stream()).toList());
    }
}
