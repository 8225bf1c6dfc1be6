package vn.edu.ecenter.gradebook.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule set whose formulas are those of TT 43/2021 and TT 22/2021 (they share them), with its own parameters.
 *
 * @param firstSchoolYearByGrade for each grade, the first school year (by its starting year) the version assesses
 */
public record CircularRules(
        String id,
        String title,
        Programme programme,
        LocalDate inForceFrom,
        Map<Integer, Integer> firstSchoolYearByGrade,
        RuleParameters parameters)
        implements RuleSet {

    public CircularRules {
        firstSchoolYearByGrade = Map.copyOf(firstSchoolYearByGrade);
    }

    @Override
    public boolean appliesTo(int grade, int schoolYearStart) {
        Integer first = firstSchoolYearByGrade.get(grade);
        return first != null && schoolYearStart >= first;
    }

    @Override
    public AssessmentPlan plan(Grading grading, int periodsPerYear, int topicClusters) {
        RegularAssessments regular = parameters.regular();
        return new AssessmentPlan(
                grading, regular.count(grading, periodsPerYear, topicClusters), regular.topicColumns(topicClusters));
    }

    @Override
    public SubjectResult semester(Semester semester, AssessmentPlan plan, SemesterMarks marks) {
        return Averages.semester(semester, plan, marks, parameters.averageRounding(), parameters.commentSemester());
    }

    @Override
    public SubjectResult year(Grading grading, SubjectResult first, SubjectResult second) {
        return Averages.year(grading, first, second, parameters.averageRounding());
    }

    @Override
    public LearningResult learning(List<SubjectOutcome> subjects) {
        return parameters.learning().classify(subjects);
    }

    @Override
    public Rating conduct(Rating first, Rating second) {
        return parameters.conduct().year(first, second);
    }

    @Override
    public List<String> retestSubjects(List<SubjectOutcome> year) {
        return parameters.promotion().retestSubjects(year);
    }

    @Override
    public List<SubjectOutcome> afterRetests(List<SubjectOutcome> year, Map<String, Mark> retests) {
        return parameters.promotion().afterRetests(year, retests);
    }

    @Override
    public Decision decide(YearStanding standing) {
        return parameters.promotion().decide(standing);
    }

    @Override
    public GraduationRule graduation() {
        return parameters.graduation();
    }
}
