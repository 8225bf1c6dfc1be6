package vn.edu.ecenter.gradebook.rules;

import java.util.List;

/**
 * What a subject's semester requires: how it is graded and how many regular assessments (ĐĐGtx) it has, learning-topic
 * scores included; plus one mid-term (ĐĐGgk) and one end-of-term (ĐĐGck) assessment. Made by {@link RuleSet#plan}.
 *
 * <p>The learning-topic scores are the last {@code topicCount} ĐĐGtx (TT 43/2021 Art. 9.1: the ĐĐGtx total includes
 * the score of each selected learning topic), so ĐĐGtx 1…n keep their numbers whether or not a class takes a topic.
 *
 * @param regularCount every ĐĐGtx of the semester, learning-topic scores included
 * @param topicCount how many of them are learning-topic scores (0 when the learner takes no topic of the subject)
 */
public record AssessmentPlan(Grading grading, int regularCount, int topicCount) {

    public AssessmentPlan {
        if (topicCount < 0 || regularCount - topicCount < 1) {
            throw new IllegalArgumentException("A subject has at least one regular assessment besides its topics");
        }
    }

    /** A plan without learning topics. */
    public AssessmentPlan(Grading grading, int regularCount) {
        this(grading, regularCount, 0);
    }

    /** The ĐĐGtx of the subject itself, before the learning-topic scores. */
    public int subjectRegularCount() {
        return regularCount - topicCount;
    }

    /** Whether the column is a learning-topic score (one of the last {@link #topicCount} ĐĐGtx). */
    public boolean isTopic(MarkSlot slot) {
        return slot.kind() == MarkSlot.Kind.TX && slot.index() > subjectRegularCount() && slot.index() <= regularCount;
    }

    /**
     * The column's place among the learning-topic columns, from 1 (the "CĐ1" of the book); 0 for any other column.
     */
    public int topicColumn(MarkSlot slot) {
        return isTopic(slot) ? slot.index() - subjectRegularCount() : 0;
    }

    /** The message key of a column's name: "CĐ{0}" for a learning-topic column, else the slot's own ("ĐĐGtx {0}"). */
    public String messageKey(MarkSlot slot) {
        return isTopic(slot) ? "gradebook.slot.topic" : slot.messageKey();
    }

    /** The arguments of {@link #messageKey(MarkSlot)}: the topic column's number, or the slot's own. */
    public Object[] arguments(MarkSlot slot) {
        return isTopic(slot) ? new Object[] {topicColumn(slot)} : slot.arguments();
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
