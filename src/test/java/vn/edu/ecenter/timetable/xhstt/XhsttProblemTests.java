package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                .constraint(singlesAndDoubles(5, "Maths"))
                .instance();

        XhsttProblem problem = XhsttProblem.of(instance);

        assertThat(durations(problem)).containsExactly(2, 2, 1);
        assertThat(problem.problem().fixedCost()).isEqualTo(Cost.ZERO);
    }

    @Test
    @DisplayName(
            "Sự kiện có tiết đôi không tuần nào chứa nổi được tách thêm một tiết; phần đã xếp của sự kiện khác giữ nguyên")
    void anEventWhoseDoublePeriodIsBehindHardCostIsSplitIntoMoreLessons() {
        XhsttProblem problem = XhsttProblem.of(noDoubleFitsForT1());
        assertThat(durations(problem)).containsExactly(2, 1, 1);
        Placement placement = new Placement(problem.problem());
        placement.move(0, 0); // Maths Mo1–Mo2, T1 is away at Mo2
        placement.move(1, 4); // Physics Tu1
        placement.move(2, 5); // Physics Tu2
        assertThat(placement.cost().hard()).isPositive();

        assertThat(problem.loosenable(placement)).containsExactly(0);
        XhsttProblem looser = problem.loosened(Set.of(0));
        Placement carried = looser.carriedOver(problem, placement);

        assertThat(durations(looser)).containsExactly(1, 1, 1, 1);
        assertThat(looser.problem().fixedCost()).isEqualTo(new Cost(0, 1));
        assertThat(looser.canLoosen()).isFalse();
        assertThat(List.of(carried.start(0), carried.start(1), carried.start(2), carried.start(3)))
                .containsExactly(-1, -1, 4, 5);
    }

    @ParameterizedTest(name = "T1 vắng {0}, không trùng giờ: {1} -> tiết {2}")
    @DisplayName("Trước khi xếp: tiết đôi không vừa các buổi rảnh của giáo viên không được trùng giờ thì tách thêm")
    @CsvSource({
        // T1's times away, whether T1 must never be double-booked, Maths's lessons after fitting
        "'Mo2 Mo4 Tu2 Tu4', true,  '1 1'", // no two free periods in a row: the double cannot fit
        "'Mo2 Mo4 Tu2',     true,  '2'", //   Tu3–Tu4 are free in a row
        "'',                true,  '2'",
        "'Mo2 Mo4 Tu2 Tu4', false, '2'" //  T1 may be double-booked: a clash is not for certain, nothing to fit
    })
    void aDoublePeriodNoFreeRunCanHoldIsSplitBeforeSolving(String away, boolean noClashes, String mathsLessons) {
        String awayRule = away.isBlank()
                ? ""
                : SchoolWeek.rule(
                        "AvoidUnavailableTimes",
                        true,
                        1,
                        "Linear",
                        SchoolWeek.resources("T1"),
                        SchoolWeek.references("Times", "Time", away.split(" ")));
        String clashRule = noClashes
                ? SchoolWeek.rule("AvoidClashes", true, 1, "Linear", SchoolWeek.resources("T1", "T2"), "")
                : "";
        Instance instance = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .lesson("Physics", 2, "T2", "C2")
                .constraint(singlesAndDoubles(2, "Maths") + oneDoublePeriod("Maths") + awayRule + clashRule)
                .instance();
        XhsttProblem problem = XhsttProblem.of(instance);
        assertThat(durations(problem)).as("the cheapest split").containsExactly(2, 1, 1);

        XhsttProblem fitted = problem.fitted();

        List<Integer> maths = fitted.problem().lessons().stream()
                .filter(lesson -> lesson.event() == 0)
                .map(Lesson::duration)
                .toList();
        assertThat(maths)
                .containsExactlyElementsOf(Arrays.stream(mathsLessons.split(" "))
                        .map(Integer::valueOf)
                        .toList());
        assertThat(fitted.addedLessons()).isEqualTo(maths.size() - 1);
        assertThat(fitted.problem().fixedCost())
                .as("the double period given up, soft")
                .isEqualTo(new Cost(0, maths.size() - 1));
        assertThat(fitted.fitted().addedLessons()).as("fitting twice").isEqualTo(fitted.addedLessons());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    @DisplayName(
            "Bộ dữ liệu XHSTT: chỉ BrazilInstance4 cần tách thêm trước khi xếp, và sau đó mỗi lớp có tối đa 10 tiết"
                    + " đôi (5 ngày, mỗi ngày 5 tiết)")
    void onlyBrazilInstance4IsSplitFurtherBeforeSolving(String file) {
        XhsttProblem problem = XhsttProblem.of(XhsttReader.readInstances(BenchmarkCostsTests.BENCHMARKS.resolve(file))
                .getFirst());

        XhsttProblem fitted = problem.fitted();

        if (!file.equals("BrazilInstance4.xml")) {
            assertThat(fitted.addedLessons()).isZero();
            return;
        }
        Map<String, Long> doublesOfClass = doublesByResource(problem);
        assertThat(doublesOfClass)
                .as("the cheapest split")
                .containsEntry("S5", 11L)
                .containsEntry("S12", 11L);
        assertThat(fitted.addedLessons()).isPositive();
        assertThat(doublesByResource(fitted)).allSatisfy((resource, doubles) -> {
            if (resource.startsWith("S")) {
                assertThat(doubles).as(resource).isLessThanOrEqualTo(10);
            }
        });
    }

    /** For each resource, by name, how many of its lessons last two periods. */
    private static Map<String, Long> doublesByResource(XhsttProblem problem) {
        Map<String, Long> doubles = new TreeMap<>();
        for (Lesson lesson : problem.problem().lessons()) {
            if (lesson.duration() == 2) {
                for (int r : lesson.resources()) {
                    doubles.merge(problem.problem().resources().get(r), 1L, Long::sum);
                }
            }
        }
        return doubles;
    }

    /**
     * Maths (T1, C1) lasts 2 and should be one double period (DistributeSplitEvents, soft), but T1 is away at every
     * second period of both days (required), so no double fits; Physics (T2, C2) lasts 2 with no split rule.
     */
    static Instance noDoubleFitsForT1() {
        return noDoubleFitsForT1(2);
    }

    @Test
    @DisplayName("Không tách thêm khi SplitEvents bắt buộc cấm thêm tiết")
    void anEventIsNotSplitFurtherWhenARequiredSplitRuleForbidsMoreLessons() {
        XhsttProblem problem = XhsttProblem.of(noDoubleFitsForT1(1));
        Placement placement = new Placement(problem.problem());
        placement.move(0, 0);

        assertThat(placement.cost().hard()).isPositive();
        assertThat(problem.loosenable(placement)).isEmpty();
        assertThat(problem.canLoosen()).isFalse();
    }

    @Test
    @DisplayName("Sự kiện có quá nhiều tiết trong một ngày không được tách thêm; sự kiện khác cùng lớp thì được")
    void anEventWithTooManyLessonsOnADayIsNotSplitFurtherButItsNeighbourIs() {
        Instance instance = SchoolWeek.with()
                .group("Spread", "Maths")
                .lesson("Maths", 3, "T1", "C1")
                .lesson("Physics", 3, "T2", "C1")
                .constraint(singlesAndDoubles(3, "Maths", "Physics")
                        + SchoolWeek.rule(
                                "SpreadEvents",
                                true,
                                1,
                                "Linear",
                                SchoolWeek.eventGroups("Spread"),
                                "<TimeGroups><TimeGroup Reference=\"Mo\"><Minimum>0</Minimum><Maximum>1</Maximum>"
                                        + "</TimeGroup><TimeGroup Reference=\"Tu\"><Minimum>0</Minimum>"
                                        + "<Maximum>1</Maximum></TimeGroup></TimeGroups>"))
                .instance();
        XhsttProblem problem = XhsttProblem.of(instance);
        assertThat(durations(problem)).containsExactly(2, 1, 2, 1);
        Placement placement = new Placement(problem.problem());
        placement.move(0, 0); // Maths double Mo1–Mo2
        placement.move(1, 2); // Maths single Mo3: two Maths lessons on Monday
        placement.move(2, 4); // Physics double Tu1–Tu2
        placement.move(3, 6); // Physics single Tu3

        assertThat(placement.cost().hard()).isPositive();
        assertThat(problem.loosenable(placement)).containsExactly(1);
    }

    /** As {@link #noDoubleFitsForT1()}, with Maths split into at most {@code mostLessons} lessons (required). */
    static Instance noDoubleFitsForT1(int mostLessons) {
        return SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .lesson("Physics", 2, "T2", "C2")
                .constraint(singlesAndDoubles(mostLessons, "Maths")
                        + oneDoublePeriod("Maths")
                        + SchoolWeek.rule(
                                "AvoidUnavailableTimes",
                                true,
                                1,
                                "Linear",
                                SchoolWeek.resources("T1"),
                                SchoolWeek.references("Times", "Time", "Mo2", "Mo4", "Tu2", "Tu4")))
                .instance();
    }

    /** Required: each event is split into lessons of 1 or 2 times, at most {@code mostLessons} of them. */
    static String singlesAndDoubles(int mostLessons, String... events) {
        return SchoolWeek.rule(
                "SplitEvents",
                true,
                1,
                "Linear",
                SchoolWeek.events(events),
                "<MinimumDuration>1</MinimumDuration><MaximumDuration>2</MaximumDuration>"
                        + "<MinimumAmount>1</MinimumAmount><MaximumAmount>" + mostLessons + "</MaximumAmount>");
    }

    /** Soft: exactly one of the event's lessons is a double period. */
    static String oneDoublePeriod(String event) {
        return SchoolWeek.soft(
                "DistributeSplitEvents",
                SchoolWeek.events(event),
                "<Duration>2</Duration><Minimum>1</Minimum><Maximum>1</Maximum>");
    }

    private static List<Integer> durations(XhsttProblem problem) {
        return problem.problem().lessons().stream().map(Lesson::duration).toList();
    }

    private static Cost costOf(Evaluation evaluation) {
        return new Cost(evaluation.infeasibility(), evaluation.objective());
    }
}
