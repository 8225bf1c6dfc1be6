package vn.edu.ecenter.gradebook;

import java.util.UUID;

/**
 * The official prints filled from the computed results: the class summary sheet (bảng tổng hợp kết quả đánh giá) of a
 * period, and a learner's học bạ over the school years they have classes in. Rights are those of the data: the class
 * summary as {@link Results#classResults}; the học bạ for the director, the homeroom teacher of the learner's latest
 * class, the learner and the learner's guardians.
 */
public interface ResultPrints {

    /** The class summary sheet of a period as PDF. */
    PrintedFile classSummary(UUID classId, ResultPeriod period);

    /**
     * The học bạ of one learner as PDF.
     *
     * @throws GradebookRejection when the learner has no class of grades 10–12 (nothing to print), or the reader may
     *     not read it
     */
    PrintedFile schoolRecord(UUID learnerId);

    /** A printed PDF and its Vietnamese file name. */
    record PrintedFile(String filename, byte[] content) {}
}
