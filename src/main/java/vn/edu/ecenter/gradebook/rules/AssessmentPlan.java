package vn.edu.ecenter.gradebook.rules;

import java.util.List;

/**
 * What a subject's semester requires: how it is graded and how many regular assessments (ĐĐGtx) it has, learning-topic
 * scores included; plus one mid-term (ĐĐGgk) and one end-of-term (ĐĐGck) assessment. Made by {@link RuleSet#plan}.
 */
public record AssessmentPlan(Grading grading, int regularCount) {

    public AssessmentPlan {
        if (regularCount < 1) {
            throw new IllegalArgumentException("A subject has at least one regular assessment");
        }
    }

    /** The columns the semester needs, in book order: TX 1…n, GK, CK. */
    public List<MarkSlot> slots() {
        return MarkSlot.semester(regularCount);
    }

    /** Whether the semester has such a column. */
    public boolean has(MarkSlot slot) {
        return slot.kind() != MarkSlot.Kind.TX || slot.index() <= regularCount;
    }

    /**
     * The mark a teacher typed for this subject.
     *
     * @throws InvalidMark when it is not a valid mark of this subject's grading
     */
    public Mark parse(String typed) {
        return grading.parse(typed);
    }
}
