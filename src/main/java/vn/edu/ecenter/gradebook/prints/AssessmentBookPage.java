package vn.edu.ecenter.gradebook.prints;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.Semester;

/**
 * One page of the monitoring-and-assessment book (sổ theo dõi và đánh giá học viên, TT 10/2021; its form is TT 43/2021
 * Appendix 2) for a class, a subject and a semester: per learner in class-list order, the regular assessments ĐĐGtx
 * 1..n, the mid-term ĐĐGgk, the end-of-term ĐĐGck, the semester average ĐTBmhk, on the semester II page the year
 * average ĐTBmcn, and a comment on progress (the dedicated comment column is CONFIRMED; the exact column set is FROM
 * MEMORY, vn-regulations §1.7). A subject assessed by comments only prints Đ / CĐ instead of scores and has no
 * averages of its own beyond the semester and year level.
 *
 * @param regularCount the number of ĐĐGtx columns: 2, 3 or 4 by periods per year, plus learning-topic scores
 * @param teacherName the subject teacher, printed in the heading and under the signature; blank when unknown
 */
public record AssessmentBookPage(
        CentreHeading centre,
        String schoolYear,
        String className,
        String subjectName,
        Semester semester,
        boolean commentOnly,
        int regularCount,
        @Nullable String teacherName,
        List<Line> lines) {

    /** More regular assessments than this do not fit on a landscape A4 page beside the other columns. */
    public static final int MAX_REGULAR = 10;

    public AssessmentBookPage {
        if (regularCount < 1 || regularCount > MAX_REGULAR) {
            throw new IllegalArgumentException(
                    "A book page has 1 to " + MAX_REGULAR + " ĐĐGtx columns, not " + regularCount);
        }
        int width = regularCount;
        lines = Lines.inClassListOrder(
                lines.stream().map(line -> line.widened(width)).toList(), Line::learner);
    }

    /** Whether the page prints the year average: the semester II page does. */
    public boolean showsYear() {
        return semester == Semester.HK2;
    }

    /** The subject teacher's signature under the page. */
    public Signature teacherSignature() {
        return Signature.of(Signer.SUBJECT_TEACHER, teacherName);
    }

    /**
     * One learner's line; a blank stands for a score not (yet) entered and prints as an empty cell.
     *
     * @param regular ĐĐGtx 1..n in order; fewer than the page's columns are padded with blanks
     * @param yearAverage ĐTBmcn, printed on the semester II page only
     * @param remark the teacher's comment on progress (nhận xét sự tiến bộ)
     */
    public record Line(
            ListedLearner learner,
            List<@Nullable Mark> regular,
            @Nullable Mark midTerm,
            @Nullable Mark endOfTerm,
            @Nullable Mark semesterAverage,
            @Nullable Mark yearAverage,
            @Nullable String remark) {

        public Line {
            regular = Lines.cells(regular, regular.size(), learner.name() + " ĐĐGtx");
        }

        Line widened(int width) {
            return new Line(
                    learner,
                    Lines.cells(regular, width, learner.name() + " ĐĐGtx"),
                    midTerm,
                    endOfTerm,
                    semesterAverage,
                    yearAverage,
                    remark);
        }
    }
}
