package vn.edu.ecenter.people.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;

/** What the people pages share. */
final class Forms {

    static final DateTimeFormatter DATE = vn.edu.ecenter.shared.VietnameseText.DATE;

    private Forms() {}

    static PersonName name(@Nullable String family, @Nullable String middle, @Nullable String given) {
        if (family == null || family.isBlank() || given == null || given.isBlank()) {
            throw new Rejected("people.name.required");
        }
        return PersonName.of(family, middle == null ? "" : middle, given);
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
