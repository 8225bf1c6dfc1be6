package vn.edu.ecenter.gradebook.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.LearnerYear;
import vn.edu.ecenter.gradebook.rules.Grading;
import vn.edu.ecenter.gradebook.rules.RuleSet;
import vn.edu.ecenter.gradebook.rules.RuleSets;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.gradebook.rules.SubjectResult;

/**
 * The graduation figures a học bạ prints (TT 24/2024/TT-BGDĐT Art. 44), computed by the {@code GraduationRule} of each
 * year's rule set: a year's average is the mean of the scored subjects' year averages (after re-tests); the average of
 * the years is (L10 + 2·L11 + 3·L12) / 6. A figure is left blank while anything it needs is missing.
 */
final class Graduation {

    private Graduation() {}

    /** The year's average for graduation, once every scored subject has its year average. */
    static @Nullable BigDecimal yearAverage(LearnerYear year) {
        Optional<RuleSet> rules = RuleSets.byId(year.ruleSetId());
        List<Score> averages = new ArrayList<>();
        for (LearnerYear.Subject subject : year.subjects()) {
            if (subject.grading() != Grading.SCORES) {
                continue;
            }
            if (!(subject.year() instanceof SubjectResult.Average average)) {
                return null;
            }
            averages.add(average.value());
        }
        return rules.isEmpty() || averages.isEmpty()
                ? null
                : rules.get().graduation().yearAverage(averages);
    }

    /**
     * The average of the years, when the learner has a complete year of each of grades 10, 11 and 12 (of a repeated
     * grade, the later year counts), by the rules of the grade-12 year.
     *
     * @param years oldest first
     */
    static @Nullable BigDecimal averageOfYears(List<LearnerYear> years) {
        LearnerYear[] last = new LearnerYear[3];
        for (LearnerYear year : years) {
            if (year.grade() >= 10 && year.grade() <= 12) {
                last[year.grade() - 10] = year;
            }
        }
        List<BigDecimal> averages = new ArrayList<>();
        for (LearnerYear year : last) {
            BigDecimal average = year == null ? null : yearAverage(year);
            if (average == null) {
                return null;
            }
            averages.add(average);
        }
        return RuleSets.byId(last[2].ruleSetId())
                .map(rules -> rules.graduation().averageOfYears(averages))
                .orElse(null);
    }
}
