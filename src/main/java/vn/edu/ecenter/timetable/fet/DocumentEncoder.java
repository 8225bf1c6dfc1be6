package vn.edu.ecenter.timetable.fet;

import static vn.edu.ecenter.timetable.fet.FetElement.leaf;
import static vn.edu.ecenter.timetable.fet.FetElement.parent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Turns a {@link FetDocument} into the element tree of the file FET 6.8.5 would save for it. */
final class DocumentEncoder {

    private DocumentEncoder() {}

    static FetElement encode(FetDocument document) {
        ConstraintEncoder constraints = new ConstraintEncoder(new Calendar(document.days(), document.hours()));
        return parent(
                "fet",
                List.of(
                        leaf("Mode", "Official"),
                        leaf("Institution_Name", document.institutionName()),
                        leaf("Comments", document.comments()),
                        names("Days_List", "Number_of_Days", "Day", document.days()),
                        names("Hours_List", "Number_of_Hours", "Hour", document.hours()),
                        list("Subjects_List", document.subjects(), s -> named("Subject", s.name(), s.comments())),
                        list(
                                "Activity_Tags_List",
                                document.activityTags(),
                                t -> named("Activity_Tag", t.name(), t.comments())),
                        list("Teachers_List", document.teachers(), t -> named("Teacher", t.name(), t.comments())),
                        list("Students_List", document.years(), year -> studentsSet(year, 0)),
                        list("Activities_List", document.activities(), DocumentEncoder::activity),
                        list("Buildings_List", document.buildings(), b -> named("Building", b.name(), b.comments())),
                        list("Rooms_List", document.rooms(), DocumentEncoder::room),
                        list("Time_Constraints_List", document.timeConstraints(), constraints::encode),
                        list("Space_Constraints_List", document.spaceConstraints(), constraints::encode)));
    }

    private static FetElement names(String list, String count, String item, List<String> names) {
        return parent(
                list,
                Stream.concat(
                                Stream.of(leaf(count, String.valueOf(names.size()))),
                                names.stream().map(name -> parent(item, List.of(leaf("Name", name)))))
                        .toList());
    }

    private static <T> FetElement list(String list, List<T> items, Function<T, FetElement> encode) {
        return parent(list, items.stream().map(encode).toList());
    }

    private static FetElement named(String element, String name, String comments) {
        return parent(element, List.of(leaf("Name", name), leaf("Comments", comments)));
    }

    private static final List<String> STUDENTS_LEVELS = List.of("Year", "Group", "Subgroup");

    private static FetElement studentsSet(StudentsSet set, int level) {
        List<FetElement> children = new ArrayList<>(List.of(
                leaf("Name", set.name()),
                leaf("Number_of_Students", String.valueOf(set.numberOfStudents())),
                leaf("Comments", set.comments())));
        set.parts().forEach(part -> children.add(studentsSet(part, level + 1)));
        return parent(STUDENTS_LEVELS.get(level), children);
    }

    private static FetElement activity(Activity activity) {
        List<FetElement> children = new ArrayList<>();
        activity.teachers().forEach(t -> children.add(leaf("Teacher", t)));
        children.add(leaf("Subject", activity.subject()));
        activity.activityTags().forEach(t -> children.add(leaf("Activity_Tag", t)));
        activity.students().forEach(s -> children.add(leaf("Students", s)));
        children.add(leaf("Duration", String.valueOf(activity.duration())));
        children.add(leaf("Total_Duration", String.valueOf(activity.totalDuration())));
        children.add(leaf("Id", String.valueOf(activity.id())));
        children.add(leaf("Activity_Group_Id", String.valueOf(activity.activityGroupId())));
        children.add(leaf("Active", String.valueOf(activity.active())));
        children.add(leaf("Comments", activity.comments()));
        return parent("Activity", children);
    }

    private static FetElement room(Room room) {
        return parent(
                "Room",
                List.of(
                        leaf("Name", room.name()),
                        leaf("Building", room.building() == null ? "" : room.building()),
                        leaf("Capacity", String.valueOf(room.capacity())),
                        leaf("Virtual", "false"),
                        leaf("Comments", room.comments())));
    }
}
