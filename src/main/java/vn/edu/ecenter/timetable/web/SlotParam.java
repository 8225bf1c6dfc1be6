package vn.edu.ecenter.timetable.web;

import java.time.DayOfWeek;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.centre.Slot;

/** A slot in a form field or link: {@code MONDAY-MORNING-1}. */
final class SlotParam {

    private SlotParam() {}

    static String format(Slot slot) {
        return slot.day() + "-" + slot.session() + "-" + slot.period();
    }

    static Slot parse(String text) {
        String[] parts = text.split("-");
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            return new Slot(DayOfWeek.valueOf(parts[0]), ClassSession.valueOf(parts[1]), Integer.parseInt(parts[2]));
        } catch (IllegalArgumentException e) {
            throw Rejected.badRequest("timetable.page.badSlot", text);
        }
    }
}
