package vn.edu.ecenter.platform.spreadsheet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column of an import sheet: the header the user sees (Vietnamese, as the template writes it), how its cells are
 * read, whether a value is required, and what the template and its instructions sheet say about it.
 *
 * @param key the importer's name for the column
 * @param header the header as the template writes it; the reader matches it ignoring case, diacritics, spaces and a
 *     trailing "*"
 * @param required whether every row needs a value; the column itself must then be present
 * @param width the template's column width in characters
 * @param example the value of the template's sample row
 * @param hint what the instructions sheet says about the column
 * @param choices the values a cell may take (a drop-down list in the template), or empty for any value
 * @param aliases other headers accepted for the same column
 */
public record SheetColumn(
        String key,
        String header,
        Kind kind,
        boolean required,
        int width,
        @Nullable String example,
        @Nullable String hint,
        List<String> choices,
        List<String> aliases) {

    /** How the cells of a column are read. */
    public enum Kind {
        /** Any text; a number is read as its plain digits. */
        TEXT,
        /** An identifier such as a learner code: a number typed into it is read as its plain digits. */
        CODE,
        /**
         * The 12-digit personal ID number. A number typed into it (Excel drops the leading zero and may show
         * 7.9209E+11) is read back with its leading zeros, and a notice says so.
         */
        ID_NUMBER,
        /** A Vietnamese phone number. A number typed into it gets its leading 0 back, and a notice says so. */
        PHONE,
        /** A date: text {@code dd/MM/yyyy} or an Excel date cell. */
        DATE,
        /** A number. */
        NUMBER
    }

    public SheetColumn {
        choices = List.copyOf(choices);
        aliases = List.copyOf(aliases);
    }

    public static SheetColumn of(String key, String header, Kind kind, boolean required, int width) {
        return new SheetColumn(key, header, kind, required, width, null, null, List.of(), List.of());
    }

    public SheetColumn example(String value) {
        return new SheetColumn(key, header, kind, required, width, value, hint, choices, aliases);
    }

    public SheetColumn hint(String text) {
        return new SheetColumn(key, header, kind, required, width, example, text, choices, aliases);
    }

    public SheetColumn choices(String... values) {
        return new SheetColumn(key, header, kind, required, width, example, hint, List.of(values), aliases);
    }

    public SheetColumn alias(String... headers) {
        return new SheetColumn(key, header, kind, required, width, example, hint, choices, List.of(headers));
    }
}
