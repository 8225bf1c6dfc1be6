package vn.edu.ecenter.imports;

import java.util.List;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;

/**
 * What an import did, or (dry run) would do: how many rows are new, updated, unchanged (identical to what is stored)
 * and rejected; the reasons, row by row; and notices that reject nothing.
 *
 * @param written whether anything was written (false for a dry run, and for "all or nothing" with a rejected row)
 * @param rows the non-blank data rows of the file
 */
public record ImportReport(
        ImportKind kind,
        ImportMode mode,
        boolean dryRun,
        boolean written,
        int rows,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<CellProblem> errors,
        List<CellProblem> notices) {

    public ImportReport {
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    /** The rows taken (or that would be taken): none in "all or nothing" mode when a row is rejected. */
    public int accepted() {
        return mode == ImportMode.ALL && rejected > 0 ? 0 : created + updated + unchanged;
    }

    /** Whether the import, run for real in this mode, would write anything. */
    public boolean wouldWrite() {
        return accepted() > 0 && created + updated > 0;
    }
}
