package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.LearningResult;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.shared.PersonName;

/**
 * One learner's school year in one class, as the học bạ prints it (TT 43/2021/TT-BGDĐT): per subject the semester
 * averages (ĐTBmhk I, II) and the year average (ĐTBmcn, or the levels of a comment-only subject) with the re-test mark
 * when there was one; the learning and conduct results of each semester and of the year; the days absent; the year-end
 * decision. Every value is computed from the stored marks, conduct levels, attendance and re-tests by the class's rule
 * set ({@link #ruleSetId}); a result is {@link SubjectResult.Incomplete} or {@link LearningResult.Unclassified} until
 * everything it needs is entered.
 *
 * @param first học kỳ I
 * @param second học kỳ II
 * @param year cả năm; its learning result includes the re-tests once every subject to re-test has its mark
 * @param learningBeforeRetests the year's learning result at the year's end, before any re-test
 * @param retestSubjects codes of the subjects the learner must re-take (empty unless the decision before re-tests was
 *     {@link Decision#KIEM_TRA_LAI})
 * @param absences days absent in the school year (excused, unexcused); null when the reader may not see them
 * @param decision the year-end decision; null while the year's learning or conduct result is missing
 * @param homeroomRemark the homeroom teacher's remark on the year ({@link Remarks}); null until written
 */
public record LearnerYear(
        UUID learnerId,
        String code,
        PersonName name,
        UUID classId,
        String className,
        int grade,
        String schoolYearName,
        String ruleSetId,
        List<Subject> subjects,
        Standing first,
        Standing second,
        Standing year,
        LearningResult learningBeforeRetests,
        List<String> retestSubjects,
        @Nullable AbsenceCount absences,
        @Nullable Decision decision,
        @Nullable String homeroomRemark) {

    public LearnerYear {
        subjects = List.copyOf(subjects);
        retestSubjects = List.copyOf(retestSubjects);
    }

    /** The standing of a period. */
    public Standing standing(ResultPeriod period) {
        return switch (period) {
            case HK1 -> first;
            case HK2 -> second;
            case CN -> year;
        };
    }

    /** A learning result and a conduct level (null until the homeroom teacher has entered it). */
    public record Standing(
            LearningResult learning, @Nullable Rating conduct) {

        /** The learning level, or null while the learner is not classified. */
        public @Nullable Rating learningRating() {
            return learning instanceof LearningResult.Classified classified ? classified.rating() : null;
        }
    }

    /**
     * One subject: the semester results, the year result at the year's end, and the re-test mark that replaces it.
     *
     * @param yearAtYearEnd ĐTBmcn (or the year level) from the semesters, before any re-test
     * @param retest the re-test mark, when one was recorded
     * @param remark the subject teacher's remark on the year: semester II's, or semester I's when II has none
     */
    public record Subject(
            UUID subjectId,
            String code,
            String name,
            Grading grading,
            SubjectResult first,
            SubjectResult second,
            SubjectResult yearAtYearEnd,
            @Nullable Mark retest,
            @Nullable String remark) {

        /** The year's result: the re-test mark when there is one, else ĐTBmcn. */
        public SubjectResult year() {
            if (retest == null) {
                return yearAtYearEnd;
            }
            return switch (retest) {
                case vn.edu.ecenter.gradebook.rules.Score score -> new SubjectResult.Average(score);
                case vn.edu.ecenter.gradebook.rules.CommentLevel level -> new SubjectResult.Commented(level);
            };
        }

        public SubjectResult result(ResultPeriod period) {
            return switch (period) {
                case HK1 -> first;
                case HK2 -> second;
                case CN -> year();
            };
        }
    }
}
