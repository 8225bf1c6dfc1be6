package vn.edu.ecenter.timetable.fet;

/** Reads one Activity element, naming the activity in every error about a name it refers to. */
final class ActivityDecoder {

    private ActivityDecoder() {}

    static Activity decode(Fields activity, KnownNames names) {
        int id = activity.integer("Id");
        try {
            return new Activity(
                    id,
                    activity.integerOr("Activity_Group_Id", 0),
                    activity.all("Teacher").stream().map(names::teacher).toList(),
                    names.subject(activity.required("Subject")),
                    activity.all("Activity_Tag").stream()
                            .map(names::activityTag)
                            .toList(),
                    activity.all("Students").stream().map(names::studentsSet).toList(),
                    duration(activity, "Duration"),
                    duration(activity, "Total_Duration"),
                    activity.bool("Active", true),
                    activity.textOr("Comments", ""));
        } catch (FetFormatException e) {
            throw new FetFormatException("Hoạt động Id=" + id + ": " + e.problem(), e.element(), e.line());
        }
    }

    private static int duration(Fields activity, String name) {
        int duration = activity.integer(name);
        if (duration < 1) {
            throw new FetFormatException(
                    "Thời lượng " + duration + " không hợp lệ, phải từ 1 tiết trở lên", activity.required(name));
        }
        return duration;
    }
}
