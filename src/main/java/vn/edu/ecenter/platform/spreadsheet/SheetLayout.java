package vn.edu.ecenter.platform.spreadsheet;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The shape of one import sheet: its name, its columns in template order, and the general instructions the template's
 * "Hướng dẫn" sheet gives before the table of columns.
 */
public record SheetLayout(String sheetName, List<SheetColumn> columns, List<String> instructions) {

    public SheetLayout {
        columns = List.copyOf(columns);
        instructions = List.copyOf(instructions);
        var keys = new HashSet<String>();
        for (SheetColumn column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("Two columns named " + column.key());
            }
        }
    }

    public Optional<SheetColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The header of a column, for messages. */
    public String header(String key) {
        return column(key).map(SheetColumn::header).orElse(key);
    }
}
