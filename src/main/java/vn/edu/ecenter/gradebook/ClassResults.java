package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.shared.PersonName;

/**
 * The class summary (bảng tổng hợp kết quả đánh giá) of a semester or the year: every learner of the class in
 * class-list order with each subject's average (ĐTBmhk for a semester, ĐTBmcn for the year; Đạt / Chưa đạt for a
 * comment-only subject), the learning result, the conduct level, the days absent and, for the year, the decision.
 *
 * @param subjects the columns the reader may see: every subject of the class for the homeroom teacher and the director,
 *     only their own subjects for a subject teacher
 * @param wholeClass the reader sees the whole summary; a subject teacher ({@code false}) sees only their columns, and
 *     no learning result, conduct, days absent or decision
 */
public record ClassResults(
        UUID classId,
        String className,
        int grade,
        String schoolYearName,
        ResultPeriod period,
        String ruleSetId,
        boolean wholeClass,
        List<Subject> subjects,
        List<Row> rows) {

    public ClassResults {
        subjects = List.copyOf(subjects);
        rows = List.copyOf(rows);
    }

    /** A subject column. */
    public record Subject(UUID id, String code, String name, Grading grading) {}

    /**
     * A learner's row.
     *
     * @param results the result of each column, in column order; null where the learner does not take the subject
     * @param learning null while not classified (a subject result is missing) or hidden from a subject teacher
     * @param conduct null until entered, or hidden
     * @param absences the days absent in the period: semester I's days for HK1, semester II's for HK2 (by the semester
     *     dates of the centre's calendar), the school year's for CN; null when hidden
     * @param decision only for the year, null while incomplete
     * @param retestSubjects for the year, the codes of the subjects to re-take
     */
    public record Row(
            int number,
            UUID learnerId,
            String code,
            PersonName name,
            List<@Nullable SubjectResult> results,
            @Nullable Rating learning,
            @Nullable Rating conduct,
            @Nullable AbsenceCount absences,
            @Nullable Decision decision,
            List<String> retestSubjects) {

        public Row {
            results = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(results));
            retestSubjects = List.copyOf(retestSubjects);
        }
    }
}
