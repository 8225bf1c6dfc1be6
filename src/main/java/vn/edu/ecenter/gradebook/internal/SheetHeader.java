package vn.edu.ecenter.gradebook.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.LockState;
import vn.edu.ecenter.gradebook.rules.AssessmentPlan;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.RuleSet;

/**
 * What a score sheet's columns and rights depend on, read in one query: the class and its school year, the subject with
 * its periods per year, the assigned teacher, the homeroom teacher, the signed-in user's staff record, the lock, and
 * the learning topics of the subject the class takes.
 *
 * @param topics the names of the learning topics (chuyên đề học tập) of this subject the class takes, in column order
 */
record SheetHeader(
        ClassHeader schoolClass,
        UUID subjectId,
        String subjectCode,
        String subjectName,
        String subjectKind,
        boolean scored,
        int periodsPerYear,
        @Nullable UUID teacherId,
        @Nullable String teacherName,
        List<String> topics) {

    SheetHeader {
        topics = List.copyOf(topics);
    }

    UUID classId() {
        return schoolClass.classId();
    }

    int semester() {
        return schoolClass.semester();
    }

    LockState lock() {
        return schoolClass.lock();
    }

    /** Compulsory subjects are taken by the whole class; the others by the learners whose combination has them. */
    boolean wholeClass() {
        return "COMPULSORY".equals(subjectKind);
    }

    /** The signed-in user is the teacher assigned to this subject in this class. */
    boolean mine() {
        return schoolClass.me() != null && schoolClass.me().equals(teacherId);
    }

    boolean mayRead(boolean director) {
        return director || mine() || schoolClass.homeroom();
    }

    Grading grading() {
        return scored ? Grading.SCORES : Grading.COMMENTS;
    }

    /**
     * The semester's columns under the class's rule set, with one topic cluster for each learning topic of this subject
     * the class takes (their ĐĐGtx come last).
     */
    AssessmentPlan plan(RuleSet rules) {
        return rules.plan(grading(), Math.max(1, periodsPerYear), topics.size());
    }

    /**
     * The class of a sheet with its school year, homeroom teacher, lock of the semester and the signed-in user's staff
     * record.
     */
    record ClassHeader(
            UUID classId,
            String className,
            int grade,
            UUID schoolYearId,
            String schoolYearName,
            LocalDate schoolYearStart,
            @Nullable UUID homeroomId,
            @Nullable String homeroomName,
            @Nullable UUID me,
            int semester,
            LockState lock) {

        boolean homeroom() {
            return me != null && me.equals(homeroomId);
        }
    }
}
