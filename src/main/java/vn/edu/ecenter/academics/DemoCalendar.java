package vn.edu.ecenter.academics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.edu.ecenter.academics.CalendarDay.Kind;

/**
 * Holidays and make-up days of the demo year 2026–2027. Every date is an ASSUMPTION (marked so in the data) until the
 * city's People's Committee publishes the local calendar: Tết Dương lịch 01/01/2027; a two-week Tết Nguyên đán break
 * around Mùng 1 Tết Đinh Mùi (06/02/2027); Giỗ Tổ Hùng Vương (10/3 âm lịch, taken as 16/04/2027); 30/4 and 1/5; a
 * make-up Sunday on 09/05/2027.
 */
public final class DemoCalendar {

    private DemoCalendar() {}

    public static List<CalendarDay> days2026() {
        List<CalendarDay> days = new ArrayList<>();
        days.add(holiday(LocalDate.of(2027, 1, 1), "Tết Dương lịch"));
        for (LocalDate day = LocalDate.of(2027, 2, 1); !day.isAfter(LocalDate.of(2027, 2, 14)); day = day.plusDays(1)) {
            days.add(holiday(day, "Nghỉ Tết Nguyên đán Đinh Mùi"));
        }
        days.add(holiday(LocalDate.of(2027, 4, 16), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        days.add(holiday(LocalDate.of(2027, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"));
        days.add(holiday(LocalDate.of(2027, 5, 1), "Ngày Quốc tế Lao động"));
        days.add(new CalendarDay(LocalDate.of(2027, 5, 9), Kind.MAKE_UP, "Học bù ngày 01/5", true));
        return List.copyOf(days);
    }

    private static CalendarDay holiday(LocalDate day, String name) {
        return new CalendarDay(day, Kind.HOLIDAY, name, true);
    }
}
