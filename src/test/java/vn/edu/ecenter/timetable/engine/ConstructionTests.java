package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConstructionTests {

    /** A lesson of the school allowed only at the given starts. */
    private static int lessonAt(SmallSchool school, String name, int[] starts, int... resources) {
        int index = school.lessons.size();
        school.lessons.add(new Lesson(index, name, index, 1, resources, starts, -1, 1));
        school.monitors.add(new Monitor.Unplaced(name + ": phải xếp", Penalty.hard(1), new int[] {index}));
        return index;
    }

    private static Construction.Outcome build(Problem problem, Placement placement, long seed) {
        return new Construction(problem, seed).build(placement, 10_000, () -> false);
    }

    /** The school's problem, its placement and what the construction did, after one lesson was put at a start. */
    private record Built(Problem problem, Placement placement, Construction.Outcome outcome) {}

    private static Built buildWithLessonAt(SmallSchool school, int lesson, int start, long seed) {
        Problem problem = school.problem();
        Placement placement = new Placement(problem);
        placement.move(lesson, start);
        return new Built(problem, placement, build(problem, placement, seed));
    }

    @Test
    void takesOutALessonInTheWayAndPlacesItElsewhere() {
        SmallSchool school = new SmallSchool(1, 2);
        int lop = school.resource("10A1");
        int toan = lessonAt(school, "Toán 10A1", new int[] {0, 1}, lop);
        int van = lessonAt(school, "Văn 10A1", new int[] {0}, lop);

        // Toán already sits at the only time Văn may take: placing Văn where it costs least would clash.
        Built built = buildWithLessonAt(school, toan, 0, 1);

        assertThat(built.outcome().complete()).isTrue();
        assertThat(built.outcome().evictions()).isPositive();
        assertThat(built.placement().start(van)).isZero();
        assertThat(built.placement().start(toan)).isEqualTo(1);
        assertThat(built.placement().cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void aRuleOtherThanAClashCountsAsAddedHardCost() {
        SmallSchool school = new SmallSchool(2, 2);
        int lop6a = school.resource("6A");
        int lop6b = school.resource("6B");
        int su6a = lessonAt(school, "Sử 6A", new int[] {0, 1, 2, 3}, lop6a);
        int su6b = lessonAt(school, "Sử 6B", new int[] {2, 3}, lop6b);
        school.monitors.add(new Monitor.SameDay("Sử 6A và 6B cùng ngày", Penalty.hard(1), new int[] {su6a, su6b}));

        // Sử 6A on day one, where Sử 6B may not go: it has to move to day two.
        Built built = buildWithLessonAt(school, su6a, 0, 2);

        assertThat(built.outcome().complete()).isTrue();
        assertThat(built.problem().week().day(built.placement().start(su6a))).isEqualTo(1);
        assertThat(built.placement().cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void aTeachersLessonsOnAnotherDayAreTakenOutForAMaximumOfDays() {
        SmallSchool school = new SmallSchool(2, 2);
        int thay = school.resource("Thầy Minh");
        int ly6a = lessonAt(school, "Lý 6A", new int[] {0, 1, 2, 3}, thay, school.resource("6A"));
        int ly6b = lessonAt(school, "Lý 6B", new int[] {2, 3}, thay, school.resource("6B"));
        school.monitors.add(new Monitor.BusyGroups(
                "Thầy Minh: tối đa 1 ngày/tuần", Penalty.hard(1), thay, school.daysAsGroups(), 0, 1));

        // Lý 6A on day one keeps Thầy Minh there; Lý 6B may only go on day two, so Lý 6A has to follow it.
        Built built = buildWithLessonAt(school, ly6a, 0, 3);

        assertThat(built.outcome().complete()).isTrue();
        assertThat(built.outcome().evictions()).isPositive();
        assertThat(built.problem().week().day(built.placement().start(ly6a))).isEqualTo(1);
        assertThat(built.problem().week().day(built.placement().start(ly6b))).isEqualTo(1);
        assertThat(built.placement().cost()).isEqualTo(Cost.ZERO);
    }

    /**
     * A teacher with four single lessons and "at least two periods on a day that has any": placed one by one where
     * nothing breaks yet, they must end paired on two days. Dropping the minimum while building (as the construction
     * once did) left a lone lesson on some day for each of these seeds.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aDailyMinimumIsMetByTheLessonsStillToPlace(long seed) {
        SmallSchool school = new SmallSchool(4, 2);
        int co = school.resource("Cô Lan");
        for (int i = 0; i < 4; i++) {
            school.lesson("Hóa " + i, 1, co, school.resource("Lớp " + i));
        }
        school.monitors.add(new Monitor.BusyPerGroup(
                "Cô Lan: tối thiểu 2 tiết/ngày",
                Penalty.hard(1),
                co,
                school.daysAsGroups(),
                2,
                Integer.MAX_VALUE,
                false));
        Problem problem = school.problem();
        Placement placement = new Placement(problem);

        Construction.Outcome outcome = build(problem, placement, seed);

        assertThat(outcome.complete()).isTrue();
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    /**
     * A class without gaps in a week of 2 days × 3 periods, with some of its times unavailable: while building, the
     * no-gap rule counts only when the class's lessons leave free times, or when filling every time it may use would
     * itself leave a gap.
     */
    @ParameterizedTest(name = "{0} lessons, unavailable {1}: the rule counts while building = {2}")
    @CsvSource({
        "6, '', false", // every time filled
        "5, '', true", // one time stays free, so a gap is possible
        "5, '2', false", // filled but for the last period of day one
        "5, '1', true", // filled but for the middle period of day one: that is a gap
        "4, '2 5', false" // filled but for the last period of each day
    })
    void aNoGapRuleCountsWhileBuildingOnlyWhenTheLessonsLeaveTimesFree(
            int lessons, String unavailable, boolean counts) {
        SmallSchool school = new SmallSchool(2, 3);
        int lop = school.resource("10A1");
        for (int i = 0; i < lessons; i++) {
            school.lesson("Tiết " + i, 1, lop);
        }
        Monitor noGaps =
                new Monitor.IdleTimes("10A1: không tiết trống", Penalty.hard(1), lop, school.daysAsGroups(), 0, 0);
        school.monitors.add(noGaps);
        int[] away = unavailable.isBlank()
                ? new int[0]
                : Arrays.stream(unavailable.split(" "))
                        .mapToInt(Integer::parseInt)
                        .toArray();
        school.monitors.add(new Monitor.BusyAt("10A1: nghỉ", Penalty.hard(1), lop, school.times(away)));

        Problem relaxed = Construction.relax(school.problem());

        assertThat(relaxed.monitors().contains(noGaps)).isEqualTo(counts);
    }

    @Test
    void anImpossibleProblemEndsWithEveryLessonPlacedAndItsHardCostLeft() {
        SmallSchool school = new SmallSchool(1, 2);
        int lop = school.resource("10A1");
        for (int i = 0; i < 3; i++) {
            school.lesson("Toán " + i, 1, lop);
        }
        Problem problem = school.problem();
        Placement placement = new Placement(problem);

        long began = System.nanoTime();
        Construction.Outcome outcome = build(problem, placement, 3);

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
        assertThat(outcome.complete()).isFalse();
        assertThat(placement.allPlaced()).isTrue();
        assertThat(placement.cost().hard()).isEqualTo(1);
    }

    @Test
    void theSameSeedAndStepLimitPlaceAlike() {
        Problem problem = EngineTests.tightSchool().problem();
        Placement first = new Placement(problem);
        Placement second = new Placement(problem);

        new Construction(problem, 7).build(first, 500, () -> false);
        new Construction(problem, 7).build(second, 500, () -> false);

        for (Lesson lesson : problem.lessons()) {
            assertThat(second.start(lesson.index())).isEqualTo(first.start(lesson.index()));
        }
    }

    @Test
    void placesATightSchoolWithoutHardCost() {
        Problem problem = EngineTests.tightSchool().problem();
        Placement placement = new Placement(problem);

        Construction.Outcome outcome = build(problem, placement, 4);

        assertThat(outcome.complete()).isTrue();
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void theEngineWithTheConstructionStopsAtTheFirstPlacementWithoutHardCost() {
        Problem problem = EngineTests.tightSchool().problem();

        Engine.Result result = new Engine(
                        problem, Engine.Settings.untilFeasible(20, 5).withConstruction(true))
                .solve(new Placement(problem), null);

        assertThat(result.cost()).isEqualTo(Cost.ZERO);
        assertThat(result.best().allPlaced()).isTrue();
    }
}
