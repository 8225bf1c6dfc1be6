package vn.edu.ecenter.academics;

import java.util.Map;

/**
 * The periods per year of a subject in one school year, per grade (10, 11, 12): the year's own value where the centre
 * set one, else the subject's default.
 */
public record SubjectPeriods(SubjectView subject, Map<Integer, Integer> byGrade) {

    public int periods(int grade) {
        return byGrade.getOrDefault(grade, subject.periodsPerYear());
    }
}
