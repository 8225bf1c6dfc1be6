package vn.edu.ecenter.gradebook.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.ConductSheet;
import vn.edu.ecenter.gradebook.LockState;
import vn.edu.ecenter.gradebook.RemarkSheet;
import vn.edu.ecenter.gradebook.SavedMarks;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.rules.SubjectResult;

/**
 * The JSON of the score book, shared by the API and the score sheet page's autosave: marks and averages written as the
 * books print them ("8,5", "Đ"), every cell with its version (0 for a cell never written).
 */
final class SheetJson {

    private SheetJson() {}

    record Sheet(
            UUID classId,
            String className,
            UUID subjectId,
            String subjectCode,
            String subjectName,
            int semester,
            String schoolYear,
            String ruleSet,
            String grading,
            int requiredTx,
            List<TopicColumn> topicColumns,
            boolean locked,
            List<Learner> learners) {}

    /**
     * A ĐĐGtx that is a learning-topic score (TT 43/2021 Art. 9.1): written like any other {@code TX} with this index.
     *
     * @param label "CĐ1", "CĐ2"… as the sheet shows it
     * @param topic the learning topic's name
     */
    record TopicColumn(int index, String label, String topic) {}

    record Learner(
            UUID learnerId,
            int number,
            String code,
            String fullName,
            Scores scores,
            @Nullable String semesterAverage) {}

    /** The marks by kind: every ĐĐGtx the semester requires, then ĐĐGgk and ĐĐGck. */
    record Scores(
            @JsonProperty("TX") List<Cell> tx,
            @JsonProperty("GK") Cell gk,
            @JsonProperty("CK") Cell ck) {}

    record Cell(
            int index,
            @Nullable String value,
            int version,
            @Nullable String changedBy) {}

    record SavedCell(
            UUID learnerId,
            String kind,
            int index,
            @Nullable String value,
            int version) {}

    record Average(UUID learnerId, @Nullable String semesterAverage) {}

    record Saved(int changed, List<SavedCell> cells, List<Average> averages) {}

    record Lock(
            UUID classId,
            int semester,
            boolean locked,
            boolean centreWide,
            @Nullable String lockedBy) {}

    record Conduct(
            UUID learnerId,
            int number,
            String code,
            String fullName,
            @Nullable String level,
            int version) {}

    static Sheet of(ScoreSheet sheet) {
        List<Learner> learners = new ArrayList<>(sheet.rows().size());
        for (ScoreRow row : sheet.rows()) {
            List<Cell> tx = new ArrayList<>();
            Cell gk = null;
            Cell ck = null;
            for (ScoreCell cell : row.cells()) {
                Cell json = cell(cell);
                switch (cell.slot().kind()) {
                    case TX -> tx.add(json);
                    case GK -> gk = json;
                    case CK -> ck = json;
                }
            }
            learners.add(new Learner(
                    row.learnerId(),
                    row.number(),
                    row.code(),
                    row.name().fullName(),
                    new Scores(tx, java.util.Objects.requireNonNull(gk), java.util.Objects.requireNonNull(ck)),
                    average(row.average())));
        }
        return new Sheet(
                sheet.classId(),
                sheet.className(),
                sheet.subjectId(),
                sheet.subjectCode(),
                sheet.subjectName(),
                sheet.semester(),
                sheet.schoolYearName(),
                sheet.ruleSetId(),
                sheet.grading().name(),
                sheet.regularCount(),
                topicColumns(sheet),
                sheet.lock().locked(),
                learners);
    }

    static Saved of(SavedMarks saved) {
        return new Saved(
                saved.changed(),
                saved.cells().stream()
                        .map(s -> new SavedCell(
                                s.learnerId(),
                                s.cell().slot().kind().name(),
                                s.cell().slot().index(),
                                value(s.cell()),
                                s.cell().version()))
                        .toList(),
                saved.averages().stream()
                        .map(a -> new Average(a.learnerId(), average(a.result())))
                        .toList());
    }

    static Lock of(UUID classId, LockState lock) {
        return new Lock(classId, lock.semester(), lock.locked(), lock.centreWide(), lock.lockedBy());
    }

    /** The remarks of a sheet or of the year: whether the caller may write them, and one per learner. */
    record Remarks(
            UUID classId,
            @Nullable UUID subjectId,
            @Nullable Integer semester,
            boolean write,
            List<Remark> learners) {}

    record Remark(
            UUID learnerId,
            int number,
            String code,
            String fullName,
            @Nullable String text,
            int version) {}

    static Remarks of(RemarkSheet sheet) {
        return new Remarks(
                sheet.classId(),
                sheet.subjectId(),
                sheet.semester(),
                sheet.write(),
                sheet.rows().stream()
                        .map(r -> new Remark(
                                r.learnerId(), r.number(), r.code(), r.name().fullName(), r.text(), r.version()))
                        .toList());
    }

    static List<Conduct> of(ConductSheet sheet) {
        return sheet.rows().stream()
                .map(r -> new Conduct(
                        r.learnerId(),
                        r.number(),
                        r.code(),
                        r.name().fullName(),
                        r.rating() == null ? null : r.rating().name(),
                        r.version()))
                .toList();
    }

    private static List<TopicColumn> topicColumns(ScoreSheet sheet) {
        var plan = sheet.plan();
        List<TopicColumn> columns = new ArrayList<>();
        for (var slot : plan.slots()) {
            int column = plan.topicColumn(slot);
            if (column > 0) {
                // One column per topic under the rules in force; more when a rule set gives a cluster several.
                int perTopic = Math.max(
                        1, sheet.topicColumns() / Math.max(1, sheet.topics().size()));
                int topicIndex = (column - 1) / perTopic;
                String topic =
                        topicIndex < sheet.topics().size() ? sheet.topics().get(topicIndex) : "";
                columns.add(new TopicColumn(slot.index(), "CĐ" + column, topic));
            }
        }
        return columns;
    }

    private static Cell cell(ScoreCell cell) {
        return new Cell(cell.slot().index(), value(cell), cell.version(), cell.changedBy());
    }

    private static @Nullable String value(ScoreCell cell) {
        return cell.mark() == null ? null : cell.mark().display();
    }

    /** ĐTBmhk ("7,8") or the semester level of a comment-only subject ("Đ"); null until every mark is entered. */
    static @Nullable String average(SubjectResult result) {
        return switch (result) {
            case SubjectResult.Average a -> a.value().display();
            case SubjectResult.Commented c -> c.value().display();
            case SubjectResult.Incomplete i -> null;
        };
    }
}
