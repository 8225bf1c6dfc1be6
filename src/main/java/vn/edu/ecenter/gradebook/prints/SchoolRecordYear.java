package vn.edu.ecenter.gradebook.prints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Mark;

/**
 * One school year's page of the học bạ: class, year, per subject the averages of học kỳ I, học kỳ II and the year
 * (ĐTBmhk, ĐTBmcn; Đ / CĐ for a subject assessed by comments), the score after a re-test, the subject teacher's remark
 * and name; conduct and learning results per semester and year; days absent; the decision; the homeroom teacher's
 * remark; the signatures of the homeroom teacher and the director, with place and date. The subject teacher's average,
 * remark and signature per subject, and the director signing and sealing each year, are CONFIRMED (TT 22/2021, the
 * reference case); the column set is FROM MEMORY (vn-regulations §1.7).
 *
 * @param grade 10, 11 or 12 (a learner who repeats a grade has two pages of that grade)
 * @param graduationAverage the yearly average counted for graduation: the mean of the ĐTBmcn of the scored subjects to
 *     two decimals (TT 24/2024 Art. 44, CONFIRMED), printed "6,25"; blank when not computed
 * @param signedOn the date of the signatures; blank prints "ngày ... tháng ... năm ..." to be written by hand
 */
public record SchoolRecordYear(
        int grade,
        String className,
        String schoolYear,
        List<SubjectLine> subjects,
        Ratings conduct,
        Ratings learning,
        int excusedDays,
        int unexcusedDays,
        @Nullable Decision decision,
        @Nullable BigDecimal graduationAverage,
        @Nullable String homeroomRemark,
        Signature homeroomTeacher,
        Signature director,
        @Nullable LocalDate signedOn) {

    public SchoolRecordYear {
        if (grade < 10 || grade > 12) {
            throw new IllegalArgumentException("The học bạ covers grades 10 to 12, not " + grade);
        }
        if (excusedDays < 0 || unexcusedDays < 0) {
            throw new IllegalArgumentException("Days absent cannot be negative");
        }
        subjects = List.copyOf(subjects);
    }

    public int daysAbsent() {
        return excusedDays + unexcusedDays;
    }

    /**
     * One subject's row; a blank prints as an empty cell.
     *
     * @param retest the whole-year score after a re-test (kiểm tra lại, TT 43/2021 Art. 13), which replaces ĐTBmcn
     * @param teacher the subject teacher who signs the row
     */
    public record SubjectLine(
            String subject,
            @Nullable Mark first,
            @Nullable Mark second,
            @Nullable Mark year,
            @Nullable Mark retest,
            @Nullable String remark,
            @Nullable String teacher) {

        public static SubjectLine of(String subject, @Nullable Mark first, @Nullable Mark second, @Nullable Mark year) {
            return new SubjectLine(subject, first, second, year, null, null, null);
        }
    }
}
