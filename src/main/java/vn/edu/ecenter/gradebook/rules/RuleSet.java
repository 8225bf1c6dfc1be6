package vn.edu.ecenter.gradebook.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of the assessment rules: a circular, or a corrected reading of one. Results are computed and stored with
 * the {@link #id()} of the version that computed them, so a new circular (or a corrected reading) is a new version
 * chosen by its effective date ({@link RuleSets#forClass}), never an edit of the history.
 */
public interface RuleSet {

    /** Stable identifier, stored with results: "TT43_2021". */
    String id();

    /** The instrument's name as the books cite it: "Thông tư 43/2021/TT-BGDĐT". */
    String title();

    Programme programme();

    /** The day the instrument came into force. */
    LocalDate inForceFrom();

    /**
     * Whether the version assesses a grade in the school year starting in {@code schoolYearStart} (the roadmap: TT 43
     * from grade 10 in 2022–2023, grade 11 in 2023–2024, grade 12 in 2024–2025).
     */
    boolean appliesTo(int grade, int schoolYearStart);

    RuleParameters parameters();

    /**
     * The columns of a subject's semester.
     *
     * @param periodsPerYear the subject's periods per year, learning topics not included
     * @param topicClusters learning-topic clusters of the subject the learner takes (their scores are ĐĐGtx)
     */
    AssessmentPlan plan(Grading grading, int periodsPerYear, int topicClusters);

    /** ĐTBmhk (or the semester level of a comment-only subject); incomplete while a column has no mark. */
    SubjectResult semester(Semester semester, AssessmentPlan plan, SemesterMarks marks);

    /** ĐTBmcn from the rounded semester averages (or the year level); incomplete while a semester is. */
    SubjectResult year(Grading grading, SubjectResult first, SubjectResult second);

    /** The learning result of a semester (from ĐTBmhk) or the year (from ĐTBmcn). */
    LearningResult learning(List<SubjectOutcome> subjects);

    /** The year's conduct from the two semesters' conduct. */
    Rating conduct(Rating first, Rating second);

    /** The subjects to re-test in. */
    List<String> retestSubjects(List<SubjectOutcome> year);

    /** The year results with re-test marks replacing the failed subjects' year results, to classify again. */
    List<SubjectOutcome> afterRetests(List<SubjectOutcome> year, Map<String, Mark> retests);

    Decision decide(YearStanding standing);

    GraduationRule graduation();
}
