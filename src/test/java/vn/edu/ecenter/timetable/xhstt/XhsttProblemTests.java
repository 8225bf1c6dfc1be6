package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Placement;

/**
 * The engine prices a placement of an XHSTT instance exactly as the evaluator prices the solution written from it —
 * before solving (nothing placed) and after a short run of the solver — on every benchmark instance.
 */
@DisplayName("Bộ giải tính chi phí đúng như bộ đánh giá XHSTT")
class XhsttProblemTests {

    static Stream<String> instances() {
        return Stream.of(
                "ArtificialORLibrary-hdtt4.xml",
                "BrazilInstance1.xml",
                "BrazilInstance4.xml",
                "CzechVillageSchool.xml",
                "FinlandSecondarySchool.xml",
                "GreeceHighSchool1.xml",
                "GreeceWesternGreeceUniversityInstance4.xml",
                "ItalyInstance1.xml",
                "ItalyInstance4.xml",
                "KosovaInstance1.xml",
                "SpainSchool.xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void theEnginesCostIsTheEvaluatorsCost(String file) {
        Instance instance = XhsttReader.readInstances(BenchmarkCostsTests.BENCHMARKS.resolve(file))
                .getFirst();
        XhsttProblem problem = XhsttProblem.of(instance);
        Evaluator evaluator = new Evaluator(instance);

        Placement empty = new Placement(problem.problem());
        assertThat(costOf(evaluator.evaluate(problem.solution(empty)))).isEqualTo(empty.cost());

        Engine.Result solved = new Engine(problem.problem(), new Engine.Settings(Duration.ofSeconds(3), 1, 0, false))
                .solve(new Placement(problem.problem()), null);
        Evaluation evaluation = evaluator.evaluate(problem.solution(solved.best()));
        assertThat(costOf(evaluation)).as("%s", evaluation.constraints()).isEqualTo(solved.cost());
        assertThat(solved.cost().hard()).isLessThan(empty.cost().hard());
    }

    @Test
    void anEventNoSplitConstraintConcernsIsPlacedPeriodByPeriod() {
        Instance instance = SchoolWeek.with().lesson("Maths", 3, "T1", "C1").instance();

        assertThat(durations(XhsttProblem.of(instance))).containsExactly(1, 1, 1);
    }

    @Test
    void anEventIsSplitTheCheapestWayWithTheFewestLessonsAmongEquals() {
        Instance instance = SchoolWeek.with()
                .lesson("Maths", 5, "T1", "C1")
                .constraint(SchoolWeek.rule(
                        "SplitEvents",
                        true,
                        1,
                        "Linear",
                        SchoolWeek.events("Maths"),
                        "<MinimumDuration>1</MinimumDuration><MaximumDuration>2</MaximumDuration>"
                                + "<MinimumAmount>1</MinimumAmount><MaximumAmount>5</MaximumAmount>"))
                .instance();

        XhsttProblem problem = XhsttProblem.of(instance);

        assertThat(durations(problem)).containsExactly(2, 2, 1);
        assertThat(problem.problem().fixedCost()).isEqualTo(Cost.ZERO);
    }

    private static List<Integer> durations(XhsttProblem problem) {
        return problem.problem().lessons().stream().map(Lesson::duration).toList();
    }

    private static Cost costOf(Evaluation evaluation) {
        return new Cost(evaluation.infeasibility(), evaluation.objective());
    }
}
