package vn.edu.ecenter.gradebook;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.ResultPrints.PrintedFile;

/**
 * The official prints of a class fed from the score book: the monitoring-and-assessment book (sổ theo dõi và đánh giá
 * học viên) of a subject, and the học bạ of the whole class as one background job. Rights are those of the data: the
 * book as reading the score sheet ({@link Gradebook#sheet}: the assigned teacher, the homeroom teacher of the class,
 * the director); the class's học bạ for the director and the homeroom teacher of the class.
 */
public interface ClassPrints {

    /**
     * The book of a subject in a class as PDF: the học kỳ I page and the học kỳ II page (with the year averages), or
     * only the semester asked for.
     *
     * @param semester 1 or 2, or null for both
     */
    PrintedFile assessmentBook(UUID classId, UUID subjectId, @Nullable Integer semester);

    /**
     * Starts printing the học bạ of every learner of the class as one PDF (a background job whose progress its page
     * shows); returns the job's id.
     *
     * @throws GradebookRejection when the caller is neither the director nor the class's homeroom teacher
     */
    UUID printClassSchoolRecords(UUID classId);

    /** The PDF of a finished class print, for whoever may see the job; empty while it runs or when it failed. */
    Optional<PrintedFile> classSchoolRecords(UUID jobId);
}
