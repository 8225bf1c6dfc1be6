package vn.edu.ecenter.platform.spreadsheet;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;

/** The per-row error report of an import as a workbook: row number, column, reason (in the reader's language). */
public final class ErrorReport {

    private ErrorReport() {}

    public static byte[] write(String title, List<CellProblem> problems, MessageSource messages, Locale locale) {
        var export = ExcelExport.titled(
                        title,
                        List.of(
                                Column.whole(messages.getMessage("spreadsheet.report.row", null, locale)),
                                Column.text(messages.getMessage("spreadsheet.report.column", null, locale)),
                                Column.text(messages.getMessage("spreadsheet.report.reason", null, locale))))
                .sheetNamed(messages.getMessage("spreadsheet.report.sheet", null, locale));
        for (CellProblem problem : problems) {
            export.row(problem.row(), problem.column(), messages.getMessage(problem.resolvable(), locale));
        }
        return export.toBytes();
    }
}
