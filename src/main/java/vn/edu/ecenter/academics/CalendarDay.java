package vn.edu.ecenter.academics;

import java.time.LocalDate;

/**
 * A holiday (ngày nghỉ) or a make-up day (ngày học bù) of a school year.
 *
 * @param assumption the date is an assumption not yet confirmed by the authorities (e.g. demo data)
 */
public record CalendarDay(LocalDate day, Kind kind, String name, boolean assumption) {

    public enum Kind {
        HOLIDAY,
        MAKE_UP
    }
}
