package vn.edu.ecenter.gradebook;

import java.util.List;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;

/**
 * The result of importing a score sheet from Excel: all or nothing. With problems (row number, column, reason) nothing
 * was saved; without, {@code changed} marks were saved. Notices reject nothing.
 *
 * @param rows the learner rows read
 */
public record SheetImport(int rows, int changed, List<CellProblem> problems, List<CellProblem> notices) {

    public SheetImport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
