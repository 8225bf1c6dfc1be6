package vn.edu.ecenter.gradebook.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.ClassResults;
import vn.edu.ecenter.gradebook.ResultPeriod;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.web.Messages;

/**
 * The class summary as an Excel workbook in the reader's language: STT, code, name, one column per subject (averages as
 * numbers shown "8,5", levels as "Đ" / "CĐ"), then learning result, conduct, days absent and, for the year, the decision.
 */
@Component
class ResultsWorkbook {

    private final Messages messages;

    ResultsWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] export(ClassResults results) {
        boolean year = results.period() == ResultPeriod.CN;
        List<Column> columns = new ArrayList<>();
        columns.add(Column.whole(messages.text("results.column.number")));
        columns.add(Column.text(messages.text("results.column.code")));
        columns.add(Column.text(messages.text("results.column.name")));
        for (ClassResults.Subject subject : results.subjects()) {
            columns.add(
                    subject.grading() == Grading.SCORES ? Column.decimal(subject.name()) : Column.text(subject.name()));
        }
        if (results.wholeClass()) {
            columns.add(Column.text(messages.text("results.column.learning")));
            columns.add(Column.text(messages.text("results.column.conduct")));
            columns.add(Column.decimal(messages.text("results.column.excused")));
            columns.add(Column.decimal(messages.text("results.column.unexcused")));
            if (year) {
                columns.add(Column.text(messages.text("results.column.decision")));
            }
        }
        var export = ExcelExport.titled(
                        messages.text(
                                "results.export.title",
                                results.className(),
                                messages.text(results.period().messageKey()),
                                results.schoolYearName()),
                        columns)
                .sheetNamed(messages.text("results.export.sheet"));
        for (ClassResults.Row row : results.rows()) {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(row.number());
            values.add(row.code());
            values.add(row.name().fullName());
            for (SubjectResult result : row.results()) {
                values.add(
                        result == null
                                ? null
                                : switch (result) {
                                    case SubjectResult.Average a -> a.value().value();
                                    case SubjectResult.Commented c -> c.value().display();
                                    case SubjectResult.Incomplete i -> null;
                                });
            }
            if (results.wholeClass()) {
                values.add(
                        row.learning() == null
                                ? null
                                : messages.text(row.learning().messageKey()));
                values.add(
                        row.conduct() == null
                                ? null
                                : messages.text(row.conduct().messageKey()));
                values.add(row.absences() == null ? null : row.absences().excused());
                values.add(row.absences() == null ? null : row.absences().unexcused());
                if (year) {
                    values.add(
                            row.decision() == null
                                    ? null
                                    : messages.text(row.decision().messageKey()));
                }
            }
            export.row(values.toArray());
        }
        return export.toBytes();
    }
}
