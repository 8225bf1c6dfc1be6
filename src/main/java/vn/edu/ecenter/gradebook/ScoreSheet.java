package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.AssessmentPlan;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.MarkSlot;

/**
 * The score sheet of a subject in a class for one semester (sổ theo dõi và đánh giá, TT 43/2021/TT-BGDĐT Art. 9):
 * the learners who take the subject, in class-list order, and their marks.
 *
 * @param ruleSetId the version of the rules that counts the columns and computes the averages ("TT43_2021")
 * @param regularCount how many ĐĐGtx the semester requires: 2, 3 or 4 by the subject's periods per year, plus one for
 *     each learning topic (chuyên đề học tập) of the subject the class takes (TT 43/2021 Art. 9.1)
 * @param topicColumns how many of them, the last ones, are learning-topic scores (labelled CĐ1, CĐ2…)
 * @param topics the names of those learning topics, in column order
 * @param access what the signed-in user may do with the sheet now
 */
public record ScoreSheet(
        UUID classId,
        String className,
        int grade,
        String schoolYearName,
        UUID subjectId,
        String subjectCode,
        String subjectName,
        @Nullable String teacherName,
        int semester,
        String ruleSetId,
        String ruleSetTitle,
        Grading grading,
        int regularCount,
        int topicColumns,
        List<String> topics,
        LockState lock,
        Access access,
        List<ScoreRow> rows) {

    public ScoreSheet {
        rows = List.copyOf(rows);
        topics = List.copyOf(topics);
    }

    /** The columns in book order: TX 1…n (learning-topic scores last), GK, CK. */
    public List<MarkSlot> slots() {
        return plan().slots();
    }

    /** The semester's plan: its columns, which are learning-topic scores and how they are labelled. */
    public AssessmentPlan plan() {
        return new AssessmentPlan(grading, regularCount, topicColumns);
    }

    /**
     * @param write the assigned teacher, semester open
     * @param correct the assigned teacher, semester locked: may ask for a correction
     * @param lock the director: may lock and unlock
     */
    public record Access(boolean write, boolean correct, boolean lock) {}
}
