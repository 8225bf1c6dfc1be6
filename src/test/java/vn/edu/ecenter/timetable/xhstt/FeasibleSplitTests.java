package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Placement;

@DisplayName("Bộ giải SAT chọn cách tách tiết cùng lúc với xếp lịch, khi cách tách có sẵn không xếp được")
class FeasibleSplitTests {

    private static final Duration BUDGET = Duration.ofSeconds(5);

    @Test
    @DisplayName("Tiết đôi không chỗ nào xếp được: bộ giải SAT tách thành tiết đơn và xếp không vi phạm bắt buộc")
    void whereNoDoublePeriodFitsItSplitsIntoSinglesAndPlacesThemWithoutHardCost() {
        Instance instance = XhsttProblemTests.noDoubleFitsForT1();
        XhsttProblem problem = XhsttProblem.of(instance);
        assertThat(durations(problem)).as("the cheapest split").containsExactly(2, 1, 1);

        FeasibleSplit.Found found = FeasibleSplit.find(problem, BUDGET).orElseThrow();

        assertThat(durationsOfMaths(found.problem())).containsExactly(1, 1);
        assertThat(found.placement().allPlaced()).isTrue();
        assertThat(found.placement().cost()).isEqualTo(new Cost(0, 1));
        Evaluation evaluation = new Evaluator(instance).evaluate(found.problem().solution(found.placement()));
        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.objective()).as("the double period given up").isEqualTo(1);
    }

    @Test
    @DisplayName(
            "Hai tiết liền nhau của một sự kiện trong một ngày là một tiết đôi, khi quy tắc bắt buộc chỉ cho một tiết")
    void twoTimesInARowOfOneEventAreOneDoublePeriodWhenARequiredRuleAllowsOneLessonOnly() {
        Instance instance = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .constraint(XhsttProblemTests.singlesAndDoubles(1, "Maths"))
                .instance();

        FeasibleSplit.Found found =
                FeasibleSplit.find(XhsttProblem.of(instance), BUDGET).orElseThrow();

        assertThat(durations(found.problem())).containsExactly(2);
        assertThat(found.placement().cost()).isEqualTo(Cost.ZERO);
        assertThat(new Evaluator(instance)
                        .evaluate(found.problem().solution(found.placement()))
                        .infeasibility())
                .isZero();
    }

    @Test
    @DisplayName("Tiết đôi chỉ bắt đầu ở giờ cho phép tiết đôi (PreferTimes có Duration, bắt buộc)")
    void aDoublePeriodStartsOnlyWhereARequiredRuleForDoublePeriodsAllowsIt() {
        Instance instance = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .constraint(XhsttProblemTests.singlesAndDoubles(1, "Maths")
                        + SchoolWeek.rule(
                                "PreferTimes",
                                true,
                                1,
                                "Linear",
                                SchoolWeek.events("Maths"),
                                SchoolWeek.references("Times", "Time", "Tu3") + "<Duration>2</Duration>"))
                .instance();

        FeasibleSplit.Found found =
                FeasibleSplit.find(XhsttProblem.of(instance), BUDGET).orElseThrow();

        assertThat(durations(found.problem())).containsExactly(2);
        assertThat(found.placement().start(0)).as("Tu3, the seventh time").isEqualTo(6);
        assertThat(found.placement().cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    @DisplayName("Quy tắc bắt buộc mà công thức không diễn đạt được: không thử")
    void anInstanceWithARequiredRuleTheFormulaDoesNotExpressIsNotTried() {
        Instance instance = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .constraint(SchoolWeek.rule(
                        "DistributeSplitEvents",
                        true,
                        1,
                        "Linear",
                        SchoolWeek.events("Maths"),
                        "<Duration>2</Duration><Minimum>1</Minimum><Maximum>1</Maximum>"))
                .instance();

        assertThat(FeasibleSplit.find(XhsttProblem.of(instance), BUDGET)).isEmpty();
    }

    @Test
    @DisplayName(
            "BrazilInstance4: tìm kiếm còn vi phạm bắt buộc với cách tách có sẵn; bộ giải SAT tìm được lời giải khả thi")
    void brazilInstance4GetsAFeasibleTimetableTheEvaluatorConfirms() {
        Instance instance = XhsttReader.readInstances(BenchmarkCostsTests.BENCHMARKS.resolve("BrazilInstance4.xml"))
                .getFirst();
        XhsttProblem fitted = XhsttProblem.of(instance).fitted();
        Engine.Result search = new Engine(fitted.problem(), new Engine.Settings(Duration.ofSeconds(5), 1, 0, false))
                .solve(new Placement(fitted.problem()), null);
        assertThat(search.cost().hard()).as("the search on the fitted split").isPositive();

        FeasibleSplit.Found found = FeasibleSplit.find(fitted, BUDGET).orElseThrow();

        Evaluation evaluation = new Evaluator(instance).evaluate(found.problem().solution(found.placement()));
        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.objective()).isEqualTo(found.placement().cost().soft());
        assertThat(found.placement().cost().hard()).isZero();
    }

    /** The durations of the lessons of the first event, Maths. */
    static List<Integer> durationsOfMaths(XhsttProblem problem) {
        return problem.lessonsOfEvent(0).stream()
                .map(l -> problem.problem().lessons().get(l).duration())
                .toList();
    }

    private static List<Integer> durations(XhsttProblem problem) {
        return problem.problem().lessons().stream().map(Lesson::duration).toList();
    }
}
