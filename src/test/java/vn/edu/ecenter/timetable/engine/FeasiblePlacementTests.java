package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeasiblePlacementTests {

    @Test
    void findsAPlacementThatBreaksNoHardRuleOfAClassWhoseDaysMustHaveNoGaps() {
        SmallSchool school = new SmallSchool(2, 4);
        int lop = school.resource("10A1");
        int an = school.resource("Thầy An");
        int binh = school.resource("Cô Bình");
        int toan = school.lesson("Toán (tiết đôi)", 2, lop, an);
        int van1 = school.lesson("Văn 1", 1, lop, binh);
        int van2 = school.lesson("Văn 2", 1, lop, binh);
        int ly = school.lesson("Lý", 1, lop, an);
        school.monitors.add(
                new Monitor.IdleTimes("10A1: không tiết trống", Penalty.hard(1), lop, school.daysAsGroups(), 0, 0));
        school.monitors.add(
                new Monitor.BusyGroups("Thầy An: dạy 1 ngày", Penalty.hard(1), an, school.daysAsGroups(), 0, 1));
        school.monitors.add(new Monitor.DaysApart("Văn: khác ngày", Penalty.hard(1), new int[] {van1, van2}, 1));
        school.monitors.add(new Monitor.BusyAt("Cô Bình vắng tiết 1", Penalty.hard(1), binh, school.times(0, 4)));
        Problem problem = school.problem();

        Optional<Placement> found = FeasiblePlacement.of(problem).orElseThrow().find(SmallSchool.inTenSeconds());

        assertThat(found).isPresent();
        Placement placement = found.get();
        assertThat(placement.allPlaced()).isTrue();
        assertThat(placement.cost().hard()).isZero();
        Week week = problem.week();
        assertThat(week.day(placement.start(toan))).isEqualTo(week.day(placement.start(ly)));
        assertThat(week.day(placement.start(van1))).isNotEqualTo(week.day(placement.start(van2)));
    }

    @Test
    void withoutDailyMinimumsFindsAPlacementThatBreaksOnlyTheMinimumWhenTheWholeFormulaHasNone() {
        // Văn 2 may share a day with neither Văn 1 nor Văn 3, so Cô Bình teaches one period alone on its day.
        SmallSchool school = new SmallSchool(2, 3);
        int binh = school.resource("Cô Bình");
        int van1 = school.lesson("Văn 1", 1, school.resource("10A1"), binh);
        int van2 = school.lesson("Văn 2", 1, school.resource("10A2"), binh);
        int van3 = school.lesson("Văn 3", 1, school.resource("10A3"), binh);
        school.monitors.add(new Monitor.DaysApart("Văn 1, 2: khác ngày", Penalty.hard(1), new int[] {van1, van2}, 1));
        school.monitors.add(new Monitor.DaysApart("Văn 2, 3: khác ngày", Penalty.hard(1), new int[] {van2, van3}, 1));
        Monitor minimum = new Monitor.BusyPerGroup(
                "Cô Bình: ít nhất 2 tiết/ngày", Penalty.hard(1), binh, school.daysAsGroups(), 2, 3, false);
        school.monitors.add(minimum);
        Problem problem = school.problem();
        long deadline = SmallSchool.inTenSeconds();

        Optional<Placement> whole = FeasiblePlacement.of(problem).flatMap(f -> f.find(deadline));
        Optional<Placement> relaxed =
                FeasiblePlacement.withoutDailyMinimums(problem).orElseThrow().find(deadline);

        assertThat(whole).isEmpty();
        assertThat(relaxed).isPresent();
        assertThat(relaxed.get().allPlaced()).isTrue();
        assertThat(relaxed.get().violations()).extracting(Violation::monitor).containsExactly(minimum);
    }

    @Test
    void withoutDailyMinimumsIsEmptyWhenNoRuleAsksForADailyMinimum() {
        SmallSchool school = new SmallSchool(2, 2);
        school.lesson("Toán", 1, school.resource("10A1"));

        assertThat(FeasiblePlacement.withoutDailyMinimums(school.problem())).isEmpty();
    }

    /**
     * A full class of six single periods in three days of two, with two lessons on Monday's first period and nothing on
     * Wednesday's second: only lessons of the freed days move, and only onto those days.
     */
    @ParameterizedTest(name = "days freed {0} → found: {1}")
    @CsvSource({"'0,2', true", "'0,1', false", "'1,2', false"})
    void keepingMovesOnlyTheFreedLessonsAndOnlyOntoTheirDays(String freedDays, boolean found) {
        SmallSchool school = new SmallSchool(3, 2);
        int lop = school.resource("10A1");
        int[] lessons = school.singlePeriods("Tiết", 6, lop);
        Problem problem = school.problem();
        Placement current = new Placement(problem);
        int[] starts = {0, 0, 1, 2, 3, 4};
        for (int i = 0; i < lessons.length; i++) {
            current.move(lessons[i], starts[i]);
        }
        BitSet days = new BitSet();
        for (String day : freedDays.split(",")) {
            days.set(Integer.parseInt(day));
        }
        BitSet free = new BitSet();
        for (int lesson : lessons) {
            if (days.get(problem.week().day(current.start(lesson)))) {
                free.set(lesson);
            }
        }

        Optional<Placement> kept = FeasiblePlacement.forKeeping(problem)
                .orElseThrow()
                .keeping(current, free, days, SmallSchool.inTenSeconds());

        assertThat(kept.isPresent()).isEqualTo(found);
        kept.ifPresent(placement -> {
            assertThat(placement.cost().hard()).isZero();
            for (int lesson : lessons) {
                if (free.get(lesson)) {
                    assertThat(days.get(problem.week().day(placement.start(lesson))))
                            .isTrue();
                } else {
                    assertThat(placement.start(lesson)).isEqualTo(current.start(lesson));
                }
            }
        });
    }

    @Test
    void findsNothingWhenNoPlacementKeepsTheRules() {
        SmallSchool school = new SmallSchool(1, 2);
        int lop = school.resource("10A1");
        int an = school.resource("Thầy An");
        school.lesson("Toán 1", 1, lop, an);
        school.lesson("Toán 2", 1, lop, an);
        school.lesson("Toán 3", 1, lop, an);

        Optional<FeasiblePlacement> formula = FeasiblePlacement.of(school.problem());

        // Three lessons of one class in two periods: either the formula already contradicts itself or the solver
        // proves it unsatisfiable.
        assertThat(formula.flatMap(f -> f.find(SmallSchool.inTenSeconds()))).isEmpty();
    }

    @Test
    void aStopFromAnotherThreadEndsASearchThatWouldTakeLong() throws Exception {
        // Thirteen lessons on pairwise different days of a twelve-day week: a pigeonhole, which a SAT solver can only
        // refute by going through the ways to place them.
        SmallSchool school = new SmallSchool(12, 1);
        int[] lessons = new int[13];
        for (int i = 0; i < lessons.length; i++) {
            lessons[i] = school.lesson("Tiết " + i, 1, school.resource("Lớp " + i));
        }
        school.monitors.add(new Monitor.DaysApart("khác ngày", Penalty.hard(1), lessons, 1));
        FeasiblePlacement formula = FeasiblePlacement.of(school.problem()).orElseThrow();

        CompletableFuture<Optional<Placement>> search = CompletableFuture.supplyAsync(
                () -> formula.find(System.nanoTime() + Duration.ofHours(1).toNanos()));
        Thread.sleep(500);
        assertThat(search).isNotDone();
        formula.stop();

        assertThat(search.get(60, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void alikeLessonsThatMayShareATimeAreNotForcedApart() {
        // Two lessons of nobody (e.g. two classes' flag ceremonies entered without a class), pinned to the same time.
        SmallSchool school = new SmallSchool(1, 2);
        int first = school.pinnedLesson("Chào cờ", 1, 0);
        int second = school.pinnedLesson("Chào cờ", 1, 0);

        Optional<Placement> found =
                FeasiblePlacement.of(school.problem()).flatMap(f -> f.find(SmallSchool.inTenSeconds()));

        assertThat(found).isPresent();
        assertThat(new int[] {found.get().start(first), found.get().start(second)})
                .containsExactly(0, 0);
    }

    /**
     * An order between two lessons is a rule the formula does not express: a problem where it is hard is not tried; one
     * where it is soft is, since soft rules play no part in the formula.
     */
    @ParameterizedTest(name = "hard: {0} → tried: {1}")
    @CsvSource({"true, false", "false, true"})
    void aRuleTheFormulaDoesNotExpressKeepsTheSolverOutOnlyWhenItIsHard(boolean hard, boolean tried) {
        SmallSchool school = new SmallSchool(2, 2);
        int lop = school.resource("10A1");
        int first = school.lesson("Toán", 1, lop);
        int second = school.lesson("Văn", 1, lop);
        Penalty penalty = hard ? Penalty.hard(1) : Penalty.soft(1);
        school.monitors.add(
                new Monitor.Ordered("Toán trước Văn", penalty, new int[] {first}, new int[] {second}, 0, 4));

        assertThat(FeasiblePlacement.of(school.problem()).isPresent()).isEqualTo(tried);
    }

    /**
     * Small random schools (a class and two teachers in two days of three periods, four lessons of one or two periods,
     * a few random hard rules of every kind the formula expresses): the solver finds a placement exactly when one of
     * all the placements, tried one by one, breaks no hard rule, and what it finds breaks none. Lessons alike are
     * ordered in the formula; if that ordering were wrong, some schools with placements would be answered with none.
     */
    @Test
    void findsAPlacementExactlyWhenTryingEveryPlacementFindsOne() {
        int feasible = 0;
        int infeasible = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Problem problem = randomSchool(new Random(seed));
            boolean exists = anyPlacementWithoutHardCost(problem);
            Optional<Placement> found = FeasiblePlacement.of(problem).flatMap(f -> f.find(SmallSchool.inTenSeconds()));
            assertThat(found.isPresent()).as("seed %d: found a placement", seed).isEqualTo(exists);
            if (found.isPresent()) {
                assertThat(found.get().cost().hard())
                        .as("seed %d: hard cost", seed)
                        .isZero();
            }
            if (exists) {
                feasible++;
            } else {
                infeasible++;
            }
        }
        assertThat(feasible).as("schools with a placement").isGreaterThan(50);
        assertThat(infeasible).as("schools without").isGreaterThan(50);
    }

    private static Problem randomSchool(Random random) {
        SmallSchool school = new SmallSchool(2, 3);
        int lop = school.resource("10A1");
        int[] teachers = {school.resource("Thầy An"), school.resource("Cô Bình")};
        int[] lessons = new int[4];
        for (int i = 0; i < lessons.length; i++) {
            int teacher = teachers[random.nextInt(teachers.length)];
            lessons[i] = school.lesson("Tiết " + i, 1 + (random.nextInt(3) == 0 ? 1 : 0), lop, teacher);
        }
        int rules = 2 + random.nextInt(4);
        for (int k = 0; k < rules; k++) {
            int resource = random.nextInt(3);
            int[] two = pick(random, lessons, 2);
            Penalty hard = Penalty.hard(1);
            school.monitors.add(
                    switch (random.nextInt(10)) {
                        case 0 -> new Monitor.BusyAt("vắng", hard, resource, randomTimes(random, 6, 2));
                        case 1 ->
                            new Monitor.IdleTimes("trống", hard, resource, school.daysAsGroups(), 0, random.nextInt(2));
                        case 2 ->
                            new Monitor.BusyGroups(
                                    "số ngày",
                                    hard,
                                    resource,
                                    school.daysAsGroups(),
                                    random.nextInt(2),
                                    1 + random.nextInt(2));
                        case 3 ->
                            new Monitor.BusyPerGroup(
                                    "tiết mỗi ngày",
                                    hard,
                                    resource,
                                    school.daysAsGroups(),
                                    random.nextInt(3),
                                    1 + random.nextInt(3),
                                    random.nextBoolean());
                        case 4 ->
                            new Monitor.LongRuns(
                                    "liền nhau", hard, resource, school.daysAsGroups(), 1 + random.nextInt(2));
                        case 5 -> new Monitor.SameDay("cùng ngày", hard, two);
                        case 6 ->
                            new Monitor.DaysApart("cách ngày", hard, pick(random, lessons, 2 + random.nextInt(2)), 1);
                        case 7 -> new Monitor.AdjacentIfSameDay("liền nếu cùng ngày", hard, two);
                        case 8 ->
                            new Monitor.PreferredStarts(
                                    "giờ ưa thích", hard, two, randomTimes(random, 6, 4), random.nextInt(3));
                        default ->
                            new Monitor.Spread(
                                    "rải đều",
                                    hard,
                                    two,
                                    IntStream.range(0, 2)
                                            .mapToObj(d -> school.times(
                                                    school.time(d, 0), school.time(d, 1), school.time(d, 2)))
                                            .toArray(BitSet[]::new),
                                    new int[] {0, 0},
                                    new int[] {1, 1});
                    });
        }
        return school.problem();
    }

    private static int[] pick(Random random, int[] from, int count) {
        List<Integer> all = new ArrayList<>(IntStream.of(from).boxed().toList());
        java.util.Collections.shuffle(all, random);
        return all.subList(0, count).stream()
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
    }

    private static BitSet randomTimes(Random random, int times, int count) {
        BitSet set = new BitSet();
        while (set.cardinality() < count) {
            set.set(random.nextInt(times));
        }
        return set;
    }

    /** Tries every placement of every lesson at one of its starts. */
    private static boolean anyPlacementWithoutHardCost(Problem problem) {
        Placement placement = new Placement(problem);
        return tryFrom(problem, placement, 0);
    }

    private static boolean tryFrom(Problem problem, Placement placement, int lesson) {
        if (lesson == problem.lessons().size()) {
            return placement.cost().hard() == 0;
        }
        for (int start : problem.lessons().get(lesson).starts()) {
            placement.move(lesson, start);
            if (tryFrom(problem, placement, lesson + 1)) {
                return true;
            }
        }
        placement.move(lesson, -1);
        return false;
    }
}
