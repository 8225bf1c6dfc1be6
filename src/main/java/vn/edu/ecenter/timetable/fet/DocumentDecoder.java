package vn.edu.ecenter.timetable.fet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the element tree of a FET file into a {@link FetDocument}, checking what refers to what. */
final class DocumentDecoder {

    private DocumentDecoder() {}

    static FetDocument decode(FetElement root) {
        if (!root.name().equals("fet")) {
            throw new FetFormatException(
                    "Không phải tệp FET: phần tử gốc là <" + root.name() + ">, tệp FET bắt đầu bằng <fet>", root);
        }
        Fields fet = new Fields(root);
        fet.child("Mode").filter(mode -> !mode.text().equals("Official")).ifPresent(mode -> {
            throw new FetFormatException(
                    "Chế độ «" + mode.text() + "» của FET chưa được hỗ trợ, chỉ hỗ trợ chế độ Official", mode);
        });
        List<String> days = names(fet, "Days_List", "Number_of_Days", "Day");
        List<String> hours = names(fet, "Hours_List", "Number_of_Hours", "Hour");
        List<Subject> subjects =
                items(fet, "Subjects_List", "Subject", e -> new Subject(e.text("Name"), e.textOr("Comments", "")));
        List<ActivityTag> tags = items(
                fet,
                "Activity_Tags_List",
                "Activity_Tag",
                e -> new ActivityTag(e.text("Name"), e.textOr("Comments", "")));
        List<Teacher> teachers =
                items(fet, "Teachers_List", "Teacher", e -> new Teacher(e.text("Name"), e.textOr("Comments", "")));
        List<StudentsSet> years =
                items(fet, "Students_List", "Year", e -> studentsSet(e, List.of("Group", "Subgroup")));
        List<FetElement> activityElements = list(fet, "Activities_List", "Activity");
        List<Room> rooms = items(fet, "Rooms_List", "Room", DocumentDecoder::room);
        KnownNames names = new KnownNames(
                unique(teachers, Teacher::name, "giáo viên", fet),
                unique(subjects, Subject::name, "môn học", fet),
                unique(tags, ActivityTag::name, "nhãn hoạt động", fet),
                years.stream()
                        .flatMap(StudentsSet::withAllParts)
                        .map(StudentsSet::name)
                        .collect(Collectors.toSet()),
                activityIds(activityElements),
                rooms.stream().map(Room::name).collect(Collectors.toSet()));
        List<Activity> activities = activityElements.stream()
                .map(e -> ActivityDecoder.decode(new Fields(e), names))
                .toList();
        List<Building> buildings =
                items(fet, "Buildings_List", "Building", e -> new Building(e.text("Name"), e.textOr("Comments", "")));
        ConstraintDecoder constraints = new ConstraintDecoder(new Calendar(days, hours), names);
        return new FetDocument(
                fet.textOr("Institution_Name", ""),
                fet.textOr("Comments", ""),
                days,
                hours,
                subjects,
                tags,
                teachers,
                years,
                activities,
                buildings,
                rooms,
                constraints(fet, "Time_Constraints_List", constraints),
                constraints(fet, "Space_Constraints_List", constraints));
    }

    private static List<String> names(Fields fet, String list, String count, String item) {
        Fields listed = new Fields(fet.required(list));
        List<String> names = listed.counted(count, item).stream()
                .map(e -> new Fields(e).text("Name"))
                .toList();
        if (names.isEmpty()) {
            throw new FetFormatException(
                    "Danh sách <" + list + "> không có phần tử <" + item + "> nào", listed.element());
        }
        return names;
    }

    private static List<FetElement> list(Fields fet, String list, String item) {
        return fet.child(list).map(e -> new Fields(e).all(item)).orElse(List.of());
    }

    private static <T> List<T> items(Fields fet, String list, String item, Function<Fields, T> decode) {
        return list(fet, list, item).stream().map(Fields::new).map(decode).toList();
    }

    private static StudentsSet studentsSet(Fields set, List<String> lowerLevels) {
        List<StudentsSet> parts = lowerLevels.isEmpty()
                ? List.of()
                : set.all(lowerLevels.getFirst()).stream()
                        .map(e -> studentsSet(new Fields(e), lowerLevels.subList(1, lowerLevels.size())))
                        .toList();
        return new StudentsSet(
                set.text("Name"), set.integerOr("Number_of_Students", 0), set.textOr("Comments", ""), parts);
    }

    private static Room room(Fields room) {
        String building = room.textOr("Building", "");
        return new Room(
                room.text("Name"),
                building.isEmpty() ? null : building,
                room.integerOr("Capacity", 0),
                room.textOr("Comments", ""));
    }

    private static <T> Set<String> unique(List<T> items, Function<T, String> name, String what, Fields at) {
        Set<String> names = new HashSet<>();
        for (T item : items) {
            if (!names.add(name.apply(item))) {
                throw new FetFormatException(
                        "Tên " + what + " «" + name.apply(item) + "» xuất hiện hai lần", at.element());
            }
        }
        return names;
    }

    private static Set<Integer> activityIds(List<FetElement> activities) {
        Set<Integer> ids = new HashSet<>();
        for (FetElement activity : activities) {
            FetElement id = new Fields(activity).required("Id");
            if (!ids.add(Fields.integer(id))) {
                throw new FetFormatException("Id hoạt động " + id.text() + " xuất hiện hai lần", id);
            }
        }
        return ids;
    }

    private static List<FetConstraint> constraints(Fields fet, String list, ConstraintDecoder decoder) {
        return fet.child(list)
                .map(e -> e.children().stream().map(decoder::decode).toList())
                .orElse(List.of());
    }
}
