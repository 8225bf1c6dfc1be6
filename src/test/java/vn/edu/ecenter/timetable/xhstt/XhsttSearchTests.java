package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Placement;

@DisplayName("Giải XHSTT: khi tìm kiếm đứng yên vì cách tách sự kiện, tách thêm tiết")
class XhsttSearchTests {

    private static final Engine.Settings TEN_SECONDS = new Engine.Settings(Duration.ofSeconds(10), 1, 0, false);

    /** A search with its settings and progress, alone or two at once, with or without the SAT solver's split. */
    interface Search {
        XhsttSearch.Outcome solve(
                XhsttProblem problem, Engine.Settings settings, Engine.Progress progress, boolean sat);
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("one search", (Search) XhsttSearch::solve),
                Arguments.of("two at once, with and without the own construction", (Search) XhsttSearch::solveBoth));
    }

    @Test
    void ofTheTwoRunsTheOneWithoutTheOwnConstructionLooksBackFurtherInLongRuns() {
        List<Engine.Settings> runs = XhsttSearch.bothRuns(Engine.Settings.forSeconds(600, 7));

        assertThat(runs).extracting(Engine.Settings::construction).containsExactly(true, false);
        assertThat(runs).extracting(Engine.Settings::lateAcceptanceSize).containsExactly(400, 4_000);
        assertThat(runs).extracting(Engine.Settings::seed).containsOnly(7L);
        assertThat(XhsttSearch.bothRuns(Engine.Settings.forSeconds(60, 7)))
                .as("at 60 s the two look back alike")
                .extracting(Engine.Settings::lateAcceptanceSize)
                .containsOnly(400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void withoutTheSatSolverASplitNoWeekCanHoldIsLoosenedUntilTheTimetableIsFeasible(String name, Search search) {
        Instance instance = XhsttProblemTests.noDoubleFitsForT1();
        XhsttProblem problem = XhsttProblem.of(instance);
        Engine.Result alone = new Engine(problem.problem(), TEN_SECONDS.withTimeLimit(Duration.ofSeconds(1)))
                .solve(new Placement(problem.problem()), null);
        assertThat(alone.cost().hard()).as("the double period alone").isPositive();

        List<Cost> reported = new CopyOnWriteArrayList<>();

        XhsttSearch.Outcome outcome = search.solve(problem, TEN_SECONDS, (best, elapsed) -> reported.add(best), false);

        assertThat(outcome.loosenings()).isEqualTo(1);
        assertThat(outcome.satSplit()).isFalse();
        assertThat(reported).as("only what beats every run so far").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(reported).doesNotHaveDuplicates().last().isEqualTo(outcome.cost());
        assertThat(outcome.problem().problem().lessons())
                .extracting(Lesson::duration)
                .containsExactly(1, 1, 1, 1);
        assertThat(outcome.cost()).isEqualTo(new Cost(0, 1));
        Evaluation evaluation = new Evaluator(instance).evaluate(outcome.solution());
        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.objective()).as("the double period given up").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void withTheSatSolverASplitNoWeekCanHoldIsReplacedByTheSplitItFinds(String name, Search search) {
        Instance instance = XhsttProblemTests.noDoubleFitsForT1();

        XhsttSearch.Outcome outcome = search.solve(XhsttProblem.of(instance), TEN_SECONDS, (best, elapsed) -> {}, true);

        assertThat(outcome.satSplit()).isTrue();
        assertThat(outcome.loosenings()).isZero();
        assertThat(FeasibleSplitTests.durationsOfMaths(outcome.problem())).containsExactly(1, 1);
        assertThat(outcome.cost()).isEqualTo(new Cost(0, 1));
        assertThat(new Evaluator(instance).evaluate(outcome.solution()).infeasibility())
                .isZero();
    }

    @Test
    void aSplitThatFitsIsKept() {
        Instance instance = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .constraint(XhsttProblemTests.oneDoublePeriod("Maths"))
                .instance();

        XhsttSearch.Outcome outcome = XhsttSearch.solve(XhsttProblem.of(instance), TEN_SECONDS, null);

        assertThat(outcome.loosenings()).isZero();
        assertThat(outcome.satSplit()).isFalse();
        assertThat(outcome.cost()).isEqualTo(Cost.ZERO);
        assertThat(outcome.problem().problem().lessons())
                .extracting(Lesson::duration)
                .containsExactly(2);
    }
}
