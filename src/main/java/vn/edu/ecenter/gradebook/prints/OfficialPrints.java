package vn.edu.ecenter.gradebook.prints;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.ecenter.platform.jobs.JobType;

/**
 * Prints the official forms of the gradebook as PDF/A on A4 in the bundled Vietnamese font (Liberation Serif), scores
 * with a decimal comma ("8,5"), a missing score as an empty cell. The assessment book and the summary sheet are
 * landscape, the học bạ portrait. The caller checks who may print what; the prints only render what they are given.
 */
public interface OfficialPrints {

    /** The type of the background job that prints a class's học bạ ({@link #printClassSchoolRecords}). */
    JobType SCHOOL_RECORDS_JOB = new JobType("prints.schoolRecords");

    /** The sổ theo dõi và đánh giá học viên page of a class, subject and semester. */
    byte[] assessmentBook(AssessmentBookPage page);

    /**
     * Several pages of the sổ theo dõi và đánh giá học viên as one PDF, in the given order (a subject's học kỳ I and học
     * kỳ II pages), each page numbered on its own.
     */
    byte[] assessmentBook(List<AssessmentBookPage> pages);

    /** The bảng tổng hợp kết quả đánh giá of a class for HK1, HK2 or CN. */
    byte[] classSummary(ClassSummarySheet sheet);

    /** The học bạ of one learner: page 1, then one page per school year. */
    byte[] schoolRecord(SchoolRecord record);

    /**
     * The học bạ of several learners as one PDF, each starting on a new page and numbered on its own, in the given
     * order; {@code progress} hears after each learner how many are done.
     */
    byte[] schoolRecords(List<SchoolRecord> records, Progress progress);

    /**
     * Starts the background job that prints the học bạ of every learner of the class as one PDF, with the data a
     * {@link SchoolRecordSource} supplies; its page at {@code /jobs/{id}} shows the progress. Returns the job's id. The
     * caller checks who may print the class; the job then acts with the roles the caller has now (so that the source
     * may read what the caller may read), as the person who started it.
     */
    UUID printClassSchoolRecords(UUID classId);

    /** The PDF a finished batch job made, if the job succeeded (same visibility as the job itself). */
    Optional<PrintedBatch> batchOf(UUID jobId);

    /** The content of a batch's PDF. */
    byte[] content(PrintedBatch batch);

    /** Hears how far a batch print is. */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (done, total) -> {};

        void printed(int done, int total);
    }
}
