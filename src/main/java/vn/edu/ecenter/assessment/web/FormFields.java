package vn.edu.ecenter.assessment.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Reading the fields of the assessment pages' forms as typed: never throws, the caller names what is wrong. */
final class FormFields {

    private FormFields() {}

    /** The form's first value of the field, or "" when it was not sent. */
    static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** The constant of the enum named as typed (any case), or null when blank or unknown. */
    static <E extends Enum<E>> @Nullable E named(Class<E> type, String name) {
        if (name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The whole number as typed, or -1 when it is not one. */
    static int whole(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
