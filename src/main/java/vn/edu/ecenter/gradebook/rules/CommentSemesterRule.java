package vn.edu.ecenter.gradebook.rules;

import java.util.Map;

/**
 * When a subject assessed by comments only is Đạt for a semester. Both readings require every assessment to have been
 * held (TT 22/2021 Art. 9.1a: "có đủ số lần kiểm tra, đánh giá"); they differ in which marks must be Đạt.
 *
 * <p>FROM MEMORY (vn-regulations §1.4 says only "sat all required assessments and reached the Đạt level"): which of
 * the two the circular means. {@link #ALL_DAT} is the default of both rule sets; check the official text.
 */
public enum CommentSemesterRule {
    /** Every mark of the semester (TX, GK, CK) is Đạt. */
    ALL_DAT,
    /** The end-of-term mark (CK) is Đạt. */
    END_OF_TERM_DAT;

    CommentLevel level(Map<MarkSlot, Mark> complete) {
        boolean passed =
                switch (this) {
                    case ALL_DAT -> complete.values().stream().allMatch(CommentLevel.DAT::equals);
                    case END_OF_TERM_DAT -> complete.get(MarkSlot.END_OF_TERM) == CommentLevel.DAT;
                };
        return passed ? CommentLevel.DAT : CommentLevel.CHUA_DAT;
    }
}
