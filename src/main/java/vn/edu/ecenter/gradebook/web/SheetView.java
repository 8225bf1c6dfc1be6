package vn.edu.ecenter.gradebook.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.gradebook.Correction;
import vn.edu.ecenter.gradebook.MarkChange;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.rules.AssessmentPlan;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.platform.clock.BusinessClock;

/** What the score book's pages show, already written out in the reader's language ("8,5", "ĐĐGtx 2", dates). */
final class SheetView {

    private SheetView() {}

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessClock.ZONE);

    /** A column of the grid. */
    record Column(String kind, int index, String label) {}

    record Cell(String kind, int index, String value, int version, String changed) {}

    record Row(
            int number, UUID learnerId, String code, String fullName, List<Cell> cells, String average, String hint) {}

    /** A correction as lists show it. */
    record CorrectionRow(
            UUID id,
            String className,
            String subjectName,
            String semester,
            String learnerName,
            String column,
            String before,
            String after,
            String reason,
            String requestedBy,
            String requestedAt,
            String status,
            @Nullable String decidedBy,
            @Nullable String decidedAt,
            @Nullable String note,
            boolean pending,
            String sheetPath) {}

    record ChangeRow(
            String at,
            String by,
            String learnerName,
            String column,
            String before,
            String after,
            String source,
            boolean afterLock,
            @Nullable String reason,
            @Nullable String approvedBy) {}

    static List<Column> columns(ScoreSheet sheet, MessageSource messages, Locale locale) {
        AssessmentPlan plan = sheet.plan();
        return sheet.slots().stream()
                .map(slot -> new Column(
                        slot.kind().name(),
                        slot.index(),
                        messages.getMessage(plan.messageKey(slot), plan.arguments(slot), locale)))
                .toList();
    }

    /** "CĐ1 = Chuyên đề Toán, …" for the sheet's learning-topic columns; empty without topics. */
    static String topics(ScoreSheet sheet, MessageSource messages, Locale locale) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < sheet.topics().size(); i++) {
            names.add(messages.getMessage(
                    "gradebook.sheet.topic", new Object[] {i + 1, sheet.topics().get(i)}, locale));
        }
        return names.isEmpty()
                ? ""
                : messages.getMessage("gradebook.sheet.topics", new Object[] {String.join(", ", names)}, locale);
    }

    static List<Row> rows(ScoreSheet sheet, MessageSource messages, Locale locale) {
        return sheet.rows().stream().map(row -> row(row, messages, locale)).toList();
    }

    private static Row row(ScoreRow row, MessageSource messages, Locale locale) {
        List<Cell> cells = row.cells().stream()
                .map(cell -> new Cell(
                        cell.slot().kind().name(),
                        cell.slot().index(),
                        cell.display(),
                        cell.version(),
                        changed(cell, messages, locale)))
                .toList();
        String average = "";
        String hint = "";
        switch (row.average()) {
            case SubjectResult.Average a -> average = a.value().display();
            case SubjectResult.Commented c -> average = c.value().display();
            case SubjectResult.Incomplete i ->
                hint = i.missing().stream()
                        .map(m -> messages.getMessage(m.messageKey(), m.arguments(), locale))
                        .collect(Collectors.joining("; "));
        }
        return new Row(row.number(), row.learnerId(), row.code(), row.name().fullName(), cells, average, hint);
    }

    private static String changed(ScoreCell cell, MessageSource messages, Locale locale) {
        if (cell.changedBy() == null || cell.changedAt() == null) {
            return "";
        }
        return messages.getMessage(
                "gradebook.cell.changed", new Object[] {cell.changedBy(), TIME.format(cell.changedAt())}, locale);
    }

    static String label(MarkSlot slot, MessageSource messages, Locale locale) {
        return messages.getMessage(slot.messageKey(), slot.arguments(), locale);
    }

    static String numeral(int semester) {
        return Semester.values()[semester - 1].numeral();
    }

    /** The learner id a form field names, or the nil id (no learner) when it is not an id. */
    static UUID formLearnerId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    static String sheetPath(UUID classId, UUID subjectId, int semester) {
        return "/gradebook/classes/" + classId + "/subjects/" + subjectId + "/semesters/" + semester;
    }

    static CorrectionRow correction(Correction c, MessageSource messages, Locale locale) {
        return new CorrectionRow(
                c.id(),
                c.className(),
                c.subjectName(),
                numeral(c.semester()),
                c.learnerName(),
                label(c.slot(), messages, locale),
                display(c.before(), messages, locale),
                display(c.after(), messages, locale),
                c.reason(),
                c.requestedBy(),
                TIME.format(c.requestedAt()),
                messages.getMessage("gradebook.correction.status." + c.status(), null, locale),
                c.decidedBy(),
                c.decidedAt() == null ? null : TIME.format(c.decidedAt()),
                c.note(),
                c.status() == Correction.Status.PENDING,
                sheetPath(c.classId(), c.subjectId(), c.semester()));
    }

    static ChangeRow change(MarkChange c, MessageSource messages, Locale locale) {
        return new ChangeRow(
                time(c.at()),
                c.by(),
                c.learnerName(),
                label(c.slot(), messages, locale),
                display(c.before(), messages, locale),
                display(c.after(), messages, locale),
                messages.getMessage("gradebook.change.source." + c.source(), null, locale),
                c.afterLock(),
                c.reason(),
                c.approvedBy());
    }

    static String display(@Nullable Mark mark, MessageSource messages, Locale locale) {
        return mark == null ? messages.getMessage("gradebook.value.empty", null, locale) : mark.display();
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
