package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;

/**
 * Results (kết quả học tập và rèn luyện) computed from the stored marks, conduct levels, attendance and re-tests by the
 * class's rule set (TT 43/2021/TT-BGDĐT for GDTX), never stored: what the class summary, a learner's results, the
 * centre overview and the học bạ show. A class is read in a handful of set-based queries and then computed by the pure
 * rules, so the whole centre's year is computed at once.
 *
 * <p>Who sees what, checked here: the director sees every class; the homeroom teacher sees their class; a subject
 * teacher sees only the columns of the subjects they teach in the class; a learner sees only their own results and a
 * guardian only their children's ({@link #myResults()}).
 */
public interface Results {

    /** The class summary of a period (bảng tổng hợp). */
    ClassResults classResults(UUID classId, ResultPeriod period);

    /** A class summary got from {@link #classResults} (which checked who may see it) as an Excel workbook in the reader's language. */
    byte[] exportClassResults(ClassResults summary);

    /**
     * A learner's year in a class, everything a học bạ page needs (director, the class's homeroom teacher, the learner,
     * the learner's guardians).
     */
    LearnerYear learnerYear(UUID classId, UUID learnerId);

    /** The signed-in learner's year, or each of a guardian's children's, in the current school year. */
    List<LearnerYear> myResults();

    /**
     * Records the re-test mark (kiểm tra lại) of a subject, as typed ("6,5", "Đ"), or clears it with a blank value
     * (homeroom teacher or director). Only a subject the learner must re-take, and only once the year's decision is
     * {@code KIEM_TRA_LAI}. The mark replaces the subject's year result and the year is classified again.
     *
     * @return the learner's year with the re-test counted
     * @throws GradebookRejection naming what is wrong, nothing written
     */
    LearnerYear recordRetest(UUID classId, UUID learnerId, UUID subjectId, String value);

    /** Distributions of a period's results per class and subject across the current school year (director). */
    CentreOverview centreOverview(ResultPeriod period);
}
