package vn.edu.ecenter.timetable.fet;

import java.util.List;

/** The names of the week's days and hours, which FET files use where the model keeps indexes. */
record Calendar(List<String> days, List<String> hours) {

    int day(FetElement named) {
        return index(days, named, "ngày");
    }

    int hour(FetElement named) {
        return index(hours, named, "tiết");
    }

    TimeSlot slot(FetElement day, FetElement hour) {
        return new TimeSlot(day(day), hour(hour));
    }

    private static int index(List<String> names, FetElement named, String what) {
        int index = names.indexOf(named.text());
        if (index < 0) {
            throw new FetFormatException(
                    "Không có " + what + " «" + named.text() + "» trong danh sách " + what + " của tệp", named);
        }
        return index;
    }
}
