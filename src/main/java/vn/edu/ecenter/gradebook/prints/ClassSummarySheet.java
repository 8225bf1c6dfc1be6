package vn.edu.ecenter.gradebook.prints;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.Rating;

/**
 * The class summary sheet (bảng tổng hợp kết quả đánh giá) for học kỳ I, học kỳ II or the whole year: per learner in
 * class-list order, each subject's average (ĐTBmhk, or ĐTBmcn for the year; Đ / CĐ for a subject assessed by comments),
 * the learning result, the conduct result, the days absent with and without leave, and for the year the decision (lên
 * lớp, kiểm tra lại, rèn luyện hè, ở lại lớp). The results and decision follow TT 43/2021 Art. 9–13 (CONFIRMED); the
 * layout of the sheet is FROM MEMORY (vn-regulations §1.7).
 *
 * @param subjects the subject columns, in the order the class's programme lists them, as printed (short names)
 * @param signedOn the date printed above the signatures
 */
public record ClassSummarySheet(
        CentreHeading centre,
        String schoolYear,
        String className,
        SummaryPeriod period,
        List<String> subjects,
        @Nullable String homeroomTeacher,
        @Nullable String directorName,
        LocalDate signedOn,
        List<Line> lines) {

    public ClassSummarySheet {
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("A summary sheet needs at least one subject");
        }
        int width = subjects.size();
        lines = Lines.inClassListOrder(
                lines.stream().map(line -> line.widened(width)).toList(), Line::learner);
    }

    /** Whether the sheet prints the year-end decision: the whole-year sheet does. */
    public boolean showsDecision() {
        return period == SummaryPeriod.CN;
    }

    /** The homeroom teacher's signature (left) and the director's (right, with place and date). */
    public Signature homeroomSignature() {
        return Signature.of(Signer.HOMEROOM_TEACHER, homeroomTeacher);
    }

    public Signature directorSignature() {
        return Signature.of(Signer.DIRECTOR, directorName);
    }

    /** The four levels, best first, for the tally under the sheet. */
    public List<Rating> levels() {
        return List.of(Rating.values());
    }

    /** The four decisions, for the tally of the whole-year sheet. */
    public List<Decision> decisions() {
        return List.of(Decision.values());
    }

    /** How many learners reached this learning result, for the tally under the sheet. */
    public long learningCount(Rating rating) {
        return lines.stream().filter(line -> line.learning() == rating).count();
    }

    /** How many learners reached this conduct result. */
    public long conductCount(Rating rating) {
        return lines.stream().filter(line -> line.conduct() == rating).count();
    }

    /** How many learners received this decision. */
    public long decisionCount(Decision decision) {
        return lines.stream().filter(line -> line.decision() == decision).count();
    }

    /**
     * One learner's line; a blank average or result (not yet complete) prints as an empty cell.
     *
     * @param averages the subject averages in the order of the sheet's subjects
     * @param decision printed on the whole-year sheet only
     */
    public record Line(
            ListedLearner learner,
            List<@Nullable Mark> averages,
            @Nullable Rating learning,
            @Nullable Rating conduct,
            int excusedDays,
            int unexcusedDays,
            @Nullable Decision decision) {

        public Line {
            averages = Lines.cells(averages, averages.size(), learner.name() + " averages");
            if (excusedDays < 0 || unexcusedDays < 0) {
                throw new IllegalArgumentException("Days absent cannot be negative");
            }
        }

        public int daysAbsent() {
            return excusedDays + unexcusedDays;
        }

        Line widened(int width) {
            return new Line(
                    learner,
                    Lines.cells(averages, width, learner.name() + " averages"),
                    learning,
                    conduct,
                    excusedDays,
                    unexcusedDays,
                    decision);
        }
    }
}
