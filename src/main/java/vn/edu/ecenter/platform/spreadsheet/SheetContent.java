package vn.edu.ecenter.platform.spreadsheet;

import java.util.List;

/**
 * What the reader found in a sheet: the non-blank data rows in sheet order, and notices about how cells were read
 * (leading zeros restored, an optional column not found, the template's sample row skipped), which reject nothing.
 *
 * @param headerRow the row number of the header row, as Excel shows it
 */
public record SheetContent(int headerRow, List<SheetRow> rows, List<CellProblem> notices) {

    public SheetContent {
        rows = List.copyOf(rows);
        notices = List.copyOf(notices);
    }
}
