package vn.edu.ecenter.assessment;

/** Where a question version stands in review; the label is {@code questionBank.review.<NAME>}. */
public enum Review {
    /** Written, waiting for review: usable in practice tests only. */
    DRAFT,
    /** Approved by a reviewer: usable in graded tests. */
    APPROVED,
    /** Returned to its author with a note. */
    RETURNED
}
