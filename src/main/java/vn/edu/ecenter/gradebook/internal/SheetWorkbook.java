package vn.edu.ecenter.gradebook.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.rules.AssessmentPlan;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn;
import vn.edu.ecenter.platform.spreadsheet.SheetLayout;
import vn.edu.ecenter.platform.web.Messages;

/**
 * A score sheet as an Excel workbook and back: the export has STT, the learner's code and name, one column per mark
 * (TX 1…n, GK, CK) and ĐTBmhk; the import reads the same sheet by its headers (the code finds the learner; the name,
 * STT and ĐTBmhk are not read). Scores are numbers in the workbook ("8,5" in a Vietnamese Excel); comment-only marks
 * are text ("Đ", "CĐ"). Marks are read as text and parsed as a teacher's typing is, so "8,5", "8.5" and 8.5 are one.
 */
@Component
class SheetWorkbook {

    static final String CODE = "code";
    static final String NAME = "name";

    private final Messages messages;

    SheetWorkbook(Messages messages) {
        this.messages = messages;
    }

    String codeHeader() {
        return messages.text("gradebook.sheet.code");
    }

    String header(MarkSlot slot) {
        return messages.text(slot.messageKey(), slot.arguments());
    }

    /** A column's header in a sheet whose last ĐĐGtx are learning-topic scores ("CĐ1"). */
    String header(AssessmentPlan plan, MarkSlot slot) {
        return messages.text(plan.messageKey(slot), plan.arguments(slot));
    }

    String sheetName() {
        return messages.text("gradebook.export.sheet");
    }

    /** The import layout of a semester's columns. */
    SheetLayout layout(AssessmentPlan plan) {
        List<SheetColumn> columns = new ArrayList<>();
        columns.add(SheetColumn.of(CODE, codeHeader(), SheetColumn.Kind.CODE, true, 14));
        columns.add(SheetColumn.of(NAME, messages.text("gradebook.sheet.name"), SheetColumn.Kind.TEXT, false, 30));
        for (MarkSlot slot : plan.slots()) {
            columns.add(SheetColumn.of(slot.toString(), header(plan, slot), SheetColumn.Kind.TEXT, false, 9));
        }
        return new SheetLayout(sheetName(), columns, List.of());
    }

    byte[] export(ScoreSheet sheet) {
        boolean scored = sheet.grading() == Grading.SCORES;
        List<Column> columns = new ArrayList<>();
        columns.add(Column.whole(messages.text("gradebook.sheet.number")));
        columns.add(Column.text(codeHeader()));
        columns.add(Column.text(messages.text("gradebook.sheet.name")));
        AssessmentPlan plan = sheet.plan();
        for (MarkSlot slot : sheet.slots()) {
            String header = header(plan, slot);
            columns.add(scored ? Column.decimal(header) : Column.text(header));
        }
        String average = messages.text("gradebook.sheet.average");
        columns.add(scored ? Column.decimal(average) : Column.text(average));
        var export = ExcelExport.titled(
                        messages.text(
                                "gradebook.export.title",
                                sheet.subjectName(),
                                sheet.className(),
                                GradebookService.numeral(sheet.semester()),
                                sheet.schoolYearName()),
                        columns)
                .sheetNamed(sheetName());
        for (ScoreRow row : sheet.rows()) {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(row.number());
            values.add(row.code());
            values.add(row.name().fullName());
            for (ScoreCell cell : row.cells()) {
                values.add(value(cell.mark()));
            }
            values.add(
                    switch (row.average()) {
                        case SubjectResult.Average a -> a.value().value();
                        case SubjectResult.Commented c -> c.value().display();
                        case SubjectResult.Incomplete i -> null;
                    });
            export.row(values.toArray());
        }
        return export.toBytes();
    }

    private static @Nullable Object value(@Nullable Mark mark) {
        return mark instanceof Score score ? score.value() : mark == null ? null : mark.display();
    }
}
