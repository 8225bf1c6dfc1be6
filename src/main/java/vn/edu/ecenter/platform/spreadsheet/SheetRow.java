package vn.edu.ecenter.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One non-blank data row: its number as Excel shows it, the values read from its cells by column key (a {@link String}
 * for text, code, ID and phone columns, a {@link LocalDate} for dates, a {@link BigDecimal} for numbers; absent when
 * the cell is blank or could not be read), and the problems met while reading its cells.
 */
public record SheetRow(int number, Map<String, Object> values, List<CellProblem> problems) {

    public SheetRow {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public @Nullable String text(String key) {
        return values.get(key) instanceof String text ? text : null;
    }

    public @Nullable LocalDate date(String key) {
        return values.get(key) instanceof LocalDate date ? date : null;
    }

    public @Nullable BigDecimal number(String key) {
        return values.get(key) instanceof BigDecimal number ? number : null;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Whether the cell of that column could not be read (its problem is among {@link #problems()}). */
    public boolean unreadable(String key, SheetLayout layout) {
        String header = layout.header(key);
        return problems.stream().anyMatch(p -> p.column().equals(header));
    }
}
