package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.resources;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.rule;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.timeGroups;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weight and cost function turn each point's deviation into cost; required constraints count as infeasibility. The
 * cost function applies to a point's total deviation, not to each part of it.
 */
@DisplayName("Trọng số, hàm chi phí và ràng buộc bắt buộc")
class CostFunctionTests {

    /** Teacher T1 teaches three lessons at Mo1: a deviation of 2. */
    private static final String[] THREE_AT_ONCE = {"A@Mo1", "B@Mo1", "C@Mo1"};

    private static SchoolWeek clashesOfT1(boolean required, int weight, String costFunction) {
        return SchoolWeek.with()
                .lesson("A", 1, "T1", "C1")
                .lesson("B", 1, "T1", "C2")
                .lesson("C", 1, "T1", "C1")
                .constraint(rule("AvoidClashes", required, weight, costFunction, resources("T1"), ""));
    }

    @ParameterizedTest(name = "{0}, trọng số 3, độ lệch 2 → {1}")
    @CsvSource({"Linear, 6", "Quadratic, 12", "Step, 3"})
    @DisplayName("Chi phí = trọng số × hàm(độ lệch)")
    void pricesTheDeviationWithWeightAndCostFunction(String costFunction, long cost) {
        Evaluation evaluation = clashesOfT1(false, 3, costFunction).timetable(THREE_AT_ONCE);

        assertThat(evaluation.objective()).isEqualTo(cost);
        assertThat(evaluation.infeasibility()).isZero();
    }

    @Test
    @DisplayName("Ràng buộc bắt buộc cộng vào độ vi phạm (infeasibility), không vào mục tiêu")
    void requiredConstraintsAddToInfeasibility() {
        Evaluation evaluation = clashesOfT1(true, 1, "Linear").timetable(THREE_AT_ONCE);

        assertThat(evaluation.infeasibility()).isEqualTo(2);
        assertThat(evaluation.objective()).isZero();
    }

    @Test
    @DisplayName("Không lệch thì không tốn, với mọi hàm chi phí")
    void noDeviationCostsNothing() {
        Evaluation evaluation = clashesOfT1(true, 5, "Step").timetable("A@Mo1", "B@Mo2", "C@Mo3");

        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.constraints().getFirst().deviations()).isEmpty();
    }

    @Test
    @DisplayName("Hàm bậc hai áp dụng cho tổng độ lệch của một điểm (hai ngày lệch 1 → 4, không phải 2)")
    void quadraticAppliesToThePointsTotalDeviation() {
        SchoolWeek week = SchoolWeek.with()
                .lesson("A", 1, "T1", "C1")
                .lesson("B", 1, "T1", "C2")
                .constraint(rule(
                        "LimitBusyTimes",
                        false,
                        1,
                        "Quadratic",
                        resources("T1"),
                        timeGroups("Mo", "Tu") + "<Minimum>2</Minimum><Maximum>4</Maximum>"));

        assertThat(week.timetable("A@Mo1", "B@Tu1").objective()).isEqualTo(4);
    }

    @Test
    @DisplayName("Bảng chi tiết nêu ràng buộc, điểm áp dụng, độ lệch và chi phí")
    void breaksTheCostDownByConstraintAndPoint() {
        Evaluation evaluation = clashesOfT1(false, 3, "Quadratic").timetable(THREE_AT_ONCE);

        assertThat(evaluation.constraints()).singleElement().satisfies(c -> {
            assertThat(c.constraintId()).isEqualTo("AvoidClashes");
            assertThat(c.cost()).isEqualTo(12);
            assertThat(c.deviations()).containsExactly(new Evaluation.Deviation("T1", 2, 12));
        });
    }

    @Test
    @DisplayName("Tài nguyên được nêu hai lần (trực tiếp và qua nhóm) là hai điểm áp dụng, như KHE")
    void aResourceNamedTwiceIsTwoPointsOfApplication() {
        SchoolWeek week = SchoolWeek.with()
                .lesson("A", 1, "T1", "C1")
                .lesson("B", 1, "T1", "C2")
                .constraint(rule(
                        "AvoidClashes",
                        false,
                        1,
                        "Linear",
                        resources("T1") + SchoolWeek.references("ResourceGroups", "ResourceGroup", "Teachers"),
                        ""));

        assertThat(week.timetable("A@Mo1", "B@Mo1").objective()).isEqualTo(2);
    }
}
