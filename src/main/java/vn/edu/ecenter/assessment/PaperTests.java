package vn.edu.ecenter.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Paper tests: fixed versions (mã đề 101, 102 …) of a test, every version with the same questions — drawn once by the
 * test's blueprint — in a different order within each part (the national exam's parts: multiple choice, true/false
 * statements, short answer, then the other kinds and the essay) and with the options shuffled; printed as PDF: the
 * papers, a blank answer sheet (phiếu trả lời) that fits every version, and the key (đáp án) per version. For the
 * director and the teachers who may set the test.
 */
public interface PaperTests {

    /** The most versions a set holds. */
    int MOST_VERSIONS = 24;

    /** Makes {@code count} versions, replacing the test's earlier set. */
    PaperSet makeVersions(UUID testId, int count);

    Optional<PaperSet> versions(UUID testId);

    /** Every version's paper, one after the other, each starting on a new page. */
    byte[] papers(UUID testId, Locale locale);

    /** The blank answer sheet. */
    byte[] answerSheet(UUID testId, Locale locale);

    /** The key of every version. */
    byte[] key(UUID testId, Locale locale);

    /** A test's set of versions. */
    record PaperSet(UUID testId, String title, List<String> codes, int questions, Instant createdAt, String createdBy) {
        public PaperSet {
            codes = List.copyOf(codes);
        }
    }
}
