package vn.edu.ecenter.imports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;

/** The tally of an import's rows and its reasons, turned into the report. */
final class Counts {

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<CellProblem> errors = new ArrayList<>();
    private int rows;

    void count(Outcome outcome, List<CellProblem> problems) {
        rows++;
        counts.merge(outcome, 1, Integer::sum);
        errors.addAll(problems);
    }

    int rejected() {
        return counts.getOrDefault(Outcome.REJECTED, 0);
    }

    ImportReport report(ImportKind kind, ImportMode mode, boolean dryRun, boolean written, List<CellProblem> notices) {
        return new ImportReport(
                kind,
                mode,
                dryRun,
                written,
                rows,
                counts.getOrDefault(Outcome.NEW, 0),
                counts.getOrDefault(Outcome.UPDATED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0),
                rejected(),
                errors,
                notices);
    }
}
