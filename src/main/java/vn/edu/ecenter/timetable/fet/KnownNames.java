package vn.edu.ecenter.timetable.fet;

import java.util.Set;

/** The names a FET file declares, against which activities and constraints are checked while reading. */
record KnownNames(
        Set<String> teachers,
        Set<String> subjects,
        Set<String> activityTags,
        Set<String> studentsSets,
        Set<Integer> activityIds,
        Set<String> rooms) {

    String teacher(FetElement named) {
        return require(teachers, named, "giáo viên");
    }

    String subject(FetElement named) {
        return require(subjects, named, "môn học");
    }

    String activityTag(FetElement named) {
        return require(activityTags, named, "nhãn hoạt động");
    }

    String studentsSet(FetElement named) {
        return require(studentsSets, named, "lớp/khối/nhóm học sinh");
    }

    String room(FetElement named) {
        return require(rooms, named, "phòng");
    }

    int activityId(FetElement named) {
        int id = Fields.integer(named);
        if (!activityIds.contains(id)) {
            throw new FetFormatException("Không có hoạt động Id=" + id + " trong danh sách hoạt động", named);
        }
        return id;
    }

    private static String require(Set<String> known, FetElement named, String what) {
        if (!known.contains(named.text())) {
            throw new FetFormatException(
                    "Không có " + what + " «" + named.text() + "» trong danh sách " + what + " của tệp", named);
        }
        return named.text();
    }
}
