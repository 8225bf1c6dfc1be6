package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EngineTests {

    /** Three classes, three teachers, each teacher six periods in each class: 54 lessons in 60 slots. */
    static SmallSchool tightSchool() {
        SmallSchool school = new SmallSchool(5, 4);
        int[] classes = {school.resource("10A1"), school.resource("10A2"), school.resource("10A3")};
        int[] teachers = {school.resource("GV Hà"), school.resource("GV Minh"), school.resource("GV Lan")};
        for (int c : classes) {
            for (int t : teachers) {
                for (int i = 0; i < 6; i++) {
                    school.lesson(school.resources.get(t) + " " + school.resources.get(c), 1, c, t);
                }
            }
        }
        return school;
    }

    @Test
    void placesEveryLessonWithoutAClash() {
        Problem problem = tightSchool().problem();

        Engine.Result result =
                new Engine(problem, Engine.Settings.forSeconds(20, 1)).solve(new Placement(problem), null);

        assertThat(result.cost()).isEqualTo(Cost.ZERO);
        assertThat(problem.lessons())
                .allSatisfy(l -> assertThat(result.best().start(l.index())).isNotNegative());
        assertThat(result.cancelled()).isFalse();
    }

    @Test
    void withTheSatSolverFirstARunEndsAtItsPlacementBeforeAnyMoveIsTried() {
        Problem problem = tightSchool().problem();
        // One evaluated move: Timefold's first fit and one move cannot place 54 lessons in 60 slots without a clash.
        Engine.Settings oneMove = new Engine.Settings(Duration.ofMinutes(5), 1, 1, true);

        Engine.Result withoutSat = new Engine(problem, oneMove).solve(new Placement(problem), null);
        Engine.Result withSat = new Engine(problem, oneMove.withSat(true)).solve(new Placement(problem), null);

        assertThat(withoutSat.cost().hard()).isPositive();
        assertThat(withSat.cost()).isEqualTo(Cost.ZERO);
        assertThat(withSat.best().allPlaced()).isTrue();
    }

    /**
     * Three classes of 20 periods in a week of five days of four, each period's teacher drawn among four (seed 9);
     * teachers teach two periods a day or none, with at most one gap; classes have no gaps. The construction with seed 8
     * leaves one rule broken.
     */
    static SmallSchool schoolTheConstructionLeavesBroken() {
        SmallSchool school = new SmallSchool(5, 4);
        int[] classes =
                IntStream.range(0, 3).map(i -> school.resource("Lớp " + i)).toArray();
        int[] teachers =
                IntStream.range(0, 4).map(i -> school.resource("GV " + i)).toArray();
        SplittableRandom random = new SplittableRandom(9);
        for (int c : classes) {
            for (int k = 0; k < 20; k++) {
                school.lesson("Tiết " + k + " " + school.resources.get(c), 1, c, teachers[random.nextInt(4)]);
            }
        }
        for (int teacher : teachers) {
            school.monitors.add(new Monitor.BusyPerGroup(
                    "ít nhất 2 tiết một ngày", Penalty.hard(1), teacher, school.daysAsGroups(), 2, 4, false));
            school.monitors.add(
                    new Monitor.IdleTimes("tiết trống", Penalty.hard(1), teacher, school.daysAsGroups(), 0, 1));
        }
        for (int c : classes) {
            school.monitors.add(new Monitor.IdleTimes("tiết trống", Penalty.hard(1), c, school.daysAsGroups(), 0, 0));
        }
        return school;
    }

    @Test
    void theDayRepairCompletesWhatTheConstructionLeavesWithoutItsMending() {
        Problem problem = schoolTheConstructionLeavesBroken().problem();
        Placement built = new Placement(problem);
        new Construction(problem, 8).build(built, 20L * problem.lessons().size(), () -> false);
        assertThat(built.cost().hard()).isPositive();
        // One evaluated move: Timefold's local search cannot be what completes it.
        Engine.Settings settings = new Engine.Settings(Duration.ofMinutes(1), 8, 1, true)
                .withConstruction(true)
                .withDayRepairAfter(Duration.ZERO);
        List<Cost> seen = new ArrayList<>();

        Engine.Result result =
                new Engine(problem, settings).solve(new Placement(problem), (best, elapsed) -> seen.add(best));

        assertThat(seen.getFirst()).isEqualTo(built.cost());
        assertThat(result.cost().hard()).isZero();
        assertThat(result.best().allPlaced()).isTrue();
    }

    @Test
    void canStopAtTheFirstPlacementWithoutHardCost() {
        SmallSchool school = tightSchool();
        // Every teacher teaching on at most one day cannot be had: the soft cost stays above zero.
        school.monitorEach(
                3,
                6,
                teacher -> new Monitor.BusyGroups("một ngày", Penalty.soft(1), teacher, school.daysAsGroups(), 0, 1));
        Problem problem = school.problem();

        Engine.Result result =
                new Engine(problem, Engine.Settings.untilFeasible(60, 5)).solve(new Placement(problem), null);

        assertThat(result.cost().hard()).isZero();
        assertThat(result.cost().soft()).isPositive();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void keepsPinnedLessonsWhereTheyAre() {
        SmallSchool school = tightSchool();
        int flag = school.pinnedLesson("Chào cờ 10A1", 1, school.time(0, 0), 0);
        Problem problem = school.problem();

        Engine.Result result =
                new Engine(problem, Engine.Settings.forSeconds(20, 2)).solve(new Placement(problem), null);

        assertThat(result.best().start(flag)).isEqualTo(school.time(0, 0));
        assertThat(result.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void reportsEachBetterPlacementAsItIsFound() {
        Problem problem = tightSchool().problem();
        List<Cost> seen = new ArrayList<>();

        Engine.Result result = new Engine(problem, Engine.Settings.forSeconds(20, 3))
                .solve(new Placement(problem), (best, elapsed) -> seen.add(best));

        assertThat(seen).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(seen.getLast()).isEqualTo(result.cost());
    }

    @Test
    void aCancelledRunEndsWithTheBestPlacementSoFar() throws Exception {
        SmallSchool school = tightSchool();
        // An impossible extra demand: the run would use its whole hour unless cancelled.
        for (int i = 0; i < 8; i++) {
            school.lesson("Thêm " + i, 1, 0, 3);
        }
        Problem problem = school.problem();
        Engine engine = new Engine(problem, new Engine.Settings(Duration.ofHours(1), 4, 0, false));

        CompletableFuture<Engine.Result> run =
                CompletableFuture.supplyAsync(() -> engine.solve(new Placement(problem), null));
        Thread.sleep(500);
        engine.cancel();
        Engine.Result result = run.get();

        assertThat(result.cancelled()).isTrue();
        assertThat(result.cost().hard()).isPositive();
        assertThat(result.cost()).isEqualTo(result.best().cost());
    }

    @Test
    void aRunThatWaitsBeforeItBeginsEndsAtOnceWhenCancelledMeanwhile() throws Exception {
        Problem problem = tightSchool().problem();
        Engine engine =
                new Engine(problem, Engine.Settings.forSeconds(3_600, 1).withStartAfter(Duration.ofMinutes(30)));

        CompletableFuture<Engine.Result> run =
                CompletableFuture.supplyAsync(() -> engine.solve(new Placement(problem), null));
        Thread.sleep(200);
        engine.cancel();
        Engine.Result result = run.get(30, TimeUnit.SECONDS);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.elapsed()).isLessThan(Duration.ofMinutes(30));
        assertThat(result.best().allPlaced()).isFalse();
    }

    @Test
    void aRunThatWaitsStillSolvesWithinItsTimeLimit() {
        Problem problem = tightSchool().problem();
        Engine.Settings settings = Engine.Settings.forSeconds(20, 1).withStartAfter(Duration.ofMillis(300));

        Engine.Result result = new Engine(problem, settings).solve(new Placement(problem), null);

        assertThat(result.cost()).isEqualTo(Cost.ZERO);
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theSameSeedAndMoveLimitFindTheSamePlacement() {
        Problem problem = tightSchool().problem();
        Engine.Settings settings = new Engine.Settings(Duration.ofMinutes(5), 42, 20_000, false);

        Placement first = new Engine(problem, settings)
                .solve(new Placement(problem), null)
                .best();
        Placement second = new Engine(problem, settings)
                .solve(new Placement(problem), null)
                .best();

        for (Lesson lesson : problem.lessons()) {
            assertThat(second.start(lesson.index())).isEqualTo(first.start(lesson.index()));
        }
    }

    @Test
    void howFarLateAcceptanceLooksBackSteersTheSearchForTheSoftCost() {
        SmallSchool school = tightSchool();
        // No gaps in anyone's day: each class's and teacher's two free periods belong at the start or end of a day.
        school.monitorEach(
                0,
                6,
                resource ->
                        new Monitor.IdleTimes("tiết trống", Penalty.soft(1), resource, school.daysAsGroups(), 0, 0));
        Problem problem = school.problem();
        // Without a clash, but everyone free at Monday's periods 2 and 3, between lessons: one gap each.
        Placement gaps = new Placement(problem);
        for (int schoolClass = 0; schoolClass < 3; schoolClass++) {
            int[] taught = new int[3];
            int time = 0;
            for (int k = 0; k < 18; k++, time++) {
                time = time == 1 ? 3 : time;
                int teacher = (k + schoolClass) % 3;
                gaps.move(schoolClass * 18 + teacher * 6 + taught[teacher]++, time);
            }
        }
        assertThat(gaps.cost()).isEqualTo(new Cost(0, 6 * 2));
        Engine.Settings settings = new Engine.Settings(Duration.ofMinutes(5), 42, 3_000, false);
        Engine.Settings patient = new Engine.Settings(
                settings.timeLimit(),
                settings.seed(),
                settings.moveLimit(),
                false,
                settings.construction(),
                Duration.ZERO,
                100_000,
                false,
                null);

        Placement near = new Engine(problem, settings).solve(gaps, null).best();
        Placement far = new Engine(problem, patient).solve(gaps, null).best();

        // The same seed and move limit find the same placement (above); only how far back the search looks differs.
        assertThat(near.cost().hard()).isZero();
        assertThat(far.cost().hard()).isZero();
        assertThat(problem.lessons())
                .anySatisfy(l -> assertThat(far.start(l.index())).isNotEqualTo(near.start(l.index())));
    }

    @Test
    void inAWeekWithoutAFreePeriodLessonsStillMoveForTheSoftCost() {
        // Two classes, each with exactly as many lessons as the week has periods, each teacher's two lessons wanted on
        // one day but placed on two: no lesson can move alone without a clash, only swaps and chains mend it.
        SmallSchool school = new SmallSchool(3, 2);
        for (String name : List.of("10A1", "10A2")) {
            int schoolClass = school.resource(name);
            for (String teacherName : List.of("Hà", "Minh", "Lan")) {
                int teacher = school.resource("GV " + teacherName + " " + name);
                school.lesson(teacherName + " " + name, 1, schoolClass, teacher);
                school.lesson(teacherName + " " + name, 1, schoolClass, teacher);
                school.monitors.add(
                        new Monitor.BusyGroups("một ngày", Penalty.soft(1), teacher, school.daysAsGroups(), 0, 1));
            }
        }
        Problem problem = school.problem();
        Placement split = new Placement(problem);
        // Each class's week (Hà, Hà, Minh, Minh, Lan, Lan): Hà, Minh | Lan, Hà | Minh, Lan.
        int[] starts = {
            school.time(0, 0),
            school.time(1, 1),
            school.time(0, 1),
            school.time(2, 0),
            school.time(1, 0),
            school.time(2, 1)
        };
        for (int lesson = 0; lesson < 12; lesson++) {
            split.move(lesson, starts[lesson % 6]);
        }
        assertThat(split.cost()).isEqualTo(new Cost(0, 6));

        Engine.Result oneMove =
                new Engine(problem, new Engine.Settings(Duration.ofMinutes(5), 3, 1, false)).solve(split, null);
        Engine.Result result =
                new Engine(problem, new Engine.Settings(Duration.ofMinutes(5), 3, 200_000, false)).solve(split, null);

        assertThat(oneMove.cost()).as("never worse than the start").isEqualTo(new Cost(0, 6));
        assertThat(result.cost()).isEqualTo(Cost.ZERO);
    }
}
