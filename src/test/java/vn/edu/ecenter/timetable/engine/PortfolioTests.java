package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTests {

    /** The tight school where no teacher can teach on one day only: some soft cost always stays. */
    private static Problem tightSchoolWithSoftCostLeft() {
        SmallSchool school = EngineTests.tightSchool();
        school.monitorEach(
                3,
                6,
                teacher -> new Monitor.BusyGroups("một ngày", Penalty.soft(1), teacher, school.daysAsGroups(), 0, 1));
        return school.problem();
    }

    @Test
    void theFirstRunWithoutHardCostEndsTheOthers() {
        Problem problem = tightSchoolWithSoftCostLeft();
        // The second run alone would improve the soft cost for the whole minute.
        List<Engine.Settings> runs =
                List.of(Engine.Settings.untilFeasible(60, 1).withConstruction(true), Engine.Settings.forSeconds(60, 1));

        Engine.Result result = Portfolio.solve(problem, runs, new Placement(problem), null);

        assertThat(result.cost().hard()).isZero();
        assertThat(result.cost().soft()).isPositive();
        assertThat(result.best().allPlaced()).isTrue();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(30));
        assertThat(result.cancelled()).isFalse();
    }

    @Test
    void passesOnOnlyProgressThatBeatsEveryRun() {
        List<Cost> reported = new ArrayList<>();
        Engine.Progress best = Portfolio.bestOnly((cost, elapsed) -> reported.add(cost), System.nanoTime());

        best.improved(new Cost(5, 40), Duration.ofSeconds(1)); // the first run
        best.improved(new Cost(7, 10), Duration.ofSeconds(1)); // the second run, still behind
        best.improved(new Cost(5, 30), Duration.ofSeconds(2)); // the first run again
        best.improved(new Cost(0, 90), Duration.ofSeconds(3)); // the second run, now ahead
        best.improved(new Cost(1, 0), Duration.ofSeconds(3)); // the first run, behind again

        assertThat(reported).containsExactly(new Cost(5, 40), new Cost(5, 30), new Cost(0, 90));
    }
}
