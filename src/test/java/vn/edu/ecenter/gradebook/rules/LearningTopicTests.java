package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Learning-topic scores (điểm chuyên đề học tập) are ĐĐGtx: TT 43/2021 Art. 9.1 counts the score of each selected
 * topic in Σ ĐĐGtx and in the number of ĐĐGtx. One ĐĐGtx per topic cluster per semester is FROM MEMORY and a rule
 * parameter; the last table runs the same marks with two per cluster to show the parameter is honoured.
 */
@DisplayName("Điểm chuyên đề học tập tính là ĐĐGtx (TT 43/2021 Điều 9.1)")
class LearningTopicTests {

    private static final RuleSet RULES = RuleSets.TT_43_2021;

    @ParameterizedTest(name = "{0} tiết/năm, {1} chuyên đề → ĐĐGtx {2}, cột chuyên đề {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "105; 0; TX1 TX2 TX3 TX4;             ''",
                "105; 1; TX1 TX2 TX3 TX4 TX5;         TX5",
                "70;  1; TX1 TX2 TX3 TX4;             TX4",
                "35;  2; TX1 TX2 TX3 TX4;             TX3 TX4",
                "52;  3; TX1 TX2 TX3 TX4 TX5 TX6;     TX4 TX5 TX6",
            })
    @DisplayName("Cột chuyên đề là các ĐĐGtx cuối, sau các ĐĐGtx của môn; số thứ tự ĐĐGtx của môn không đổi")
    void putsTheTopicColumnsAfterTheSubjectsOwn(int periods, int topics, String columns, String topicColumns) {
        AssessmentPlan plan = RULES.plan(Grading.SCORES, periods, topics);

        assertThat(plan.slots().stream()
                        .filter(slot -> slot.kind() == MarkSlot.Kind.TX)
                        .map(MarkSlot::toString))
                .containsExactly(columns.split(" "));
        assertThat(plan.slots().stream().filter(plan::isTopic).map(MarkSlot::toString))
                .containsExactlyElementsOf(topicColumns.isBlank() ? List.of() : Arrays.asList(topicColumns.split(" ")));
        assertThat(plan.topicCount()).isEqualTo(topics);
    }

    @Test
    @DisplayName("Cột chuyên đề đánh số CĐ1, CĐ2… theo thứ tự; GK, CK và ĐĐGtx của môn không phải cột chuyên đề")
    void numbersTheTopicColumnsFromOne() {
        AssessmentPlan plan = RULES.plan(Grading.SCORES, 35, 2);

        assertThat(plan.topicColumn(MarkSlot.regular(3))).isEqualTo(1);
        assertThat(plan.topicColumn(MarkSlot.regular(4))).isEqualTo(2);
        assertThat(plan.topicColumn(MarkSlot.regular(2))).isZero();
        assertThat(plan.topicColumn(MarkSlot.MID_TERM)).isZero();
        assertThat(plan.topicColumn(MarkSlot.END_OF_TERM)).isZero();
    }

    @ParameterizedTest(name = "{0} tiết/năm, {1} chuyên đề: {2} → ĐTBmhk {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                // 105 periods: 4 ĐĐGtx + 1 topic. (7 + 8 + 6 + 9 + 10 + 2·7 + 3·8) / (5 + 5) = 78 / 10
                "105; 1; 7 8 6 9 10 | 7 | 8;        7,8",
                // the same without the topic: (7 + 8 + 6 + 9 + 2·7 + 3·8) / 9 = 68 / 9 = 7,555… → 7,6
                "105; 0; 7 8 6 9 | 7 | 8;           7,6",
                // 70 periods: 3 + 1. (5 + 6 + 7 + 4 + 2·6 + 3·5) / 9 = 49 / 9 = 5,444… → 5,4
                "70;  1; 5 6 7 4 | 6 | 5;           5,4",
                // a weak topic score pulls the average under 5,0: (5 + 5 + 5 + 0,5 + 2·5 + 3·5) / 9 = 40,5 / 9 = 4,5
                "70;  1; 5 5 5 0,5 | 5 | 5;         4,5",
                // rounding edge with the topic: (6 + 6 + 6,5 + 2·6 + 3·7) / 8 = 51,5 / 8 = 6,4375 → 6,4
                "35;  1; 6 6 6,5 | 6 | 7;           6,4",
                // … and 51,6 / 8 = 6,45 exactly → 6,5 (half-up)
                "35;  1; 6 6 6,6 | 6 | 7;           6,5",
                // two topics on a 35-period subject: (8 + 8 + 9 + 10 + 2·8 + 3·9) / (4 + 5) = 78 / 9 = 8,666… → 8,7
                "35;  2; 8 8 9 10 | 8 | 9;          8,7",
                // 3,45 edge: (3 + 3 + 3 + 3,6 + 2·3 + 3·4) / 9 = 30,6 / 9 = 3,4 exactly
                "70;  1; 3 3 3 3,6 | 3 | 4;         3,4",
            })
    @DisplayName("ĐTBmhk tính điểm chuyên đề vào Σ ĐĐGtx và vào số ĐĐGtx (tính tay)")
    void countsTheTopicScoreInTheSemesterAverage(int periods, int topics, String row, String average) {
        AssessmentPlan plan = RULES.plan(Grading.SCORES, periods, topics);

        assertThat(RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, row)))
                .isEqualTo(new SubjectResult.Average(Score.parse(average)));
    }

    @ParameterizedTest(name = "{0} tiết/năm, {1} chuyên đề: {2} → thiếu {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                // every subject mark is there, the topic score is not
                "105; 1; 7 8 6 9 _ | 7 | 8;     TX5",
                "35;  2; 8 8 9 _ | 8 | 9;       TX4",
                "35;  2; 8 8 _ _ | 8 | 9;       TX3 TX4",
                "70;  1; 5 6 7 _ | 6 | _;       TX4 CK",
            })
    @DisplayName("Thiếu điểm chuyên đề thì chưa có ĐTBmhk, dù đủ các điểm khác của môn")
    void hasNoAverageWithoutTheTopicScore(int periods, int topics, String row, String missing) {
        AssessmentPlan plan = RULES.plan(Grading.SCORES, periods, topics);

        SubjectResult result = RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, row));

        assertThat(result).isInstanceOf(SubjectResult.Incomplete.class);
        assertThat(((SubjectResult.Incomplete) result).missing())
                .extracting(gap -> gap.slot().toString())
                .containsExactly(missing.split(" "));
    }

    @Test
    @DisplayName("Điểm chuyên đề của lớp không học chuyên đề thì không nhận")
    void refusesATopicScoreOfALearnerWithoutTheTopic() {
        AssessmentPlan plan = RULES.plan(Grading.SCORES, 105, 0);

        assertThatThrownBy(() -> RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, "7 8 6 9 10 | 7 | 8")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} ĐĐGtx mỗi cụm: {1} → {2} ĐĐGtx, ĐTBmhk {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                // one per cluster (the value in force, FROM MEMORY): (6 + 6 + 9 + 2·6 + 3·6) / 8 = 51 / 8 = 6,375 → 6,4
                "1; 6 6 9 | 6 | 6;       3; 6,4",
                // two per cluster: (6 + 6 + 9 + 9 + 2·6 + 3·6) / 9 = 60 / 9 = 6,666… → 6,7
                "2; 6 6 9 9 | 6 | 6;     4; 6,7",
            })
    @DisplayName("Số ĐĐGtx mỗi cụm chuyên đề là tham số của bộ quy tắc (FROM MEMORY: 1)")
    void takesTheNumberPerClusterFromTheParameters(int perCluster, String row, int regular, String average) {
        RegularAssessments scale = new RegularAssessments(35, 2, 70, 3, 4, 2, perCluster);
        RuleParameters base = RULES.parameters();
        RuleSet rules = new CircularRules(
                "TEST_" + perCluster,
                "Thử",
                Programme.GDTX,
                RULES.inForceFrom(),
                java.util.Map.of(10, 2022),
                new RuleParameters(
                        scale,
                        base.averageRounding(),
                        base.commentSemester(),
                        base.learning(),
                        base.conduct(),
                        base.promotion(),
                        base.graduation()));

        AssessmentPlan plan = rules.plan(Grading.SCORES, 35, 1);

        assertThat(plan.regularCount()).isEqualTo(regular);
        assertThat(plan.topicCount()).isEqualTo(perCluster);
        assertThat(rules.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, row)))
                .isEqualTo(new SubjectResult.Average(Score.parse(average)));
    }

    @Test
    @DisplayName("Trong bộ quy tắc TT 43 hiện hành, mỗi cụm chuyên đề có 1 ĐĐGtx mỗi học kỳ")
    void oneRegularAssessmentPerClusterInTheRulesInForce() {
        assertThat(RuleSets.TT_43_2021.parameters().regular().perTopicCluster()).isEqualTo(1);
        assertThat(RuleSets.TT_22_2021.parameters().regular().perTopicCluster()).isEqualTo(1);
    }
}
