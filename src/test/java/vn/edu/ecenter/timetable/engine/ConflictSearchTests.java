package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConflictSearchTests {

    /**
     * A class whose week is full (four lessons in four times) with two teachers who are each away half of it: in the
     * placement given, both of Thầy An's lessons sit where he is away and the class has a clash.
     */
    private static final class FullWeek {
        final SmallSchool school = new SmallSchool(2, 2);
        final int lop = school.resource("10A1");
        final int an = school.resource("Thầy An");
        final int binh = school.resource("Cô Bình");
        final int toan1 = school.lesson("Toán 1", 1, lop, an);
        final int toan2 = school.lesson("Toán 2", 1, lop, an);
        final int van1 = school.lesson("Văn 1", 1, lop, binh);
        final int van2 = school.lesson("Văn 2", 1, lop, binh);

        FullWeek() {
            // Thầy An teaches only on day one, Cô Bình only on day two.
            school.monitors.add(new Monitor.BusyAt(
                    "Thầy An vắng", Penalty.hard(1), an, school.times(school.time(1, 0), school.time(1, 1))));
            school.monitors.add(new Monitor.BusyAt(
                    "Cô Bình vắng", Penalty.hard(1), binh, school.times(school.time(0, 0), school.time(0, 1))));
        }

        Placement badlyPlaced(Problem problem) {
            Placement placement = new Placement(problem);
            placement.move(toan1, school.time(1, 0));
            placement.move(toan2, school.time(1, 1));
            placement.move(van1, school.time(0, 0));
            placement.move(van2, school.time(0, 0));
            return placement;
        }
    }

    @Test
    void mendsAFullWeekByMovingTheLessonsBehindTheBrokenRules() {
        FullWeek week = new FullWeek();
        Problem problem = week.school.problem();
        Placement placement = week.badlyPlaced(problem);
        assertThat(placement.cost().hard()).isEqualTo(5); // four lessons at away times and one clash

        new ConflictSearch(problem, 1).run(placement, () -> false);

        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
        assertThat(problem.week().day(placement.start(week.toan1))).isZero();
        assertThat(problem.week().day(placement.start(week.van2))).isEqualTo(1);
    }

    @Test
    void swapsTwoLessonsOfAFullClassWhereNoSingleMoveHelps() {
        SmallSchool school = new SmallSchool(1, 2);
        int lop = school.resource("10A1");
        int an = school.resource("Thầy An");
        int binh = school.resource("Cô Bình");
        int toan = school.lesson("Toán", 1, lop, an);
        int van = school.lesson("Văn", 1, lop, binh);
        school.monitors.add(new Monitor.BusyAt("Thầy An vắng tiết 1", Penalty.hard(1), an, school.times(0)));
        school.monitors.add(new Monitor.BusyAt("Cô Bình vắng tiết 2", Penalty.hard(1), binh, school.times(1)));
        // Either lesson alone to the other period: a clash instead of an absence, still 2.

        Placement placement = afterOneStep(school.problem(), 3, 0, 1);

        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
        assertThat(placement.start(toan)).isEqualTo(1);
        assertThat(placement.start(van)).isZero();
    }

    @Test
    void movesADoublePeriodWhereTwoSinglesOfItsFullClassWereAndTheSinglesWhereItWas() {
        SmallSchool school = new SmallSchool(1, 4);
        int lop = school.resource("10A1");
        int an = school.resource("Thầy An");
        int toan = school.lesson("Toán (tiết đôi)", 2, lop, an);
        int van = school.lesson("Văn", 1, lop);
        int anh = school.lesson("Anh", 1, lop);
        school.monitors.add(new Monitor.BusyAt("Thầy An vắng tiết 1–2", Penalty.hard(1), an, school.times(0, 1)));
        // The double to period 2 or 3 alone clashes with a single; it cannot swap with one single of another length.

        Placement placement = afterOneStep(school.problem(), 5, 0, 2, 3);

        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
        assertThat(placement.start(toan)).isEqualTo(2);
        assertThat(new int[] {placement.start(van), placement.start(anh)}).containsExactly(0, 1);
    }

    @Test
    void movesALessonWithEveryLessonItWouldMeetWhenOnlyTheWholeChainHelps() {
        SmallSchool school = new SmallSchool(1, 2);
        int lopA = school.resource("10A1");
        int lopB = school.resource("10A2");
        int an = school.resource("Thầy An");
        int binh = school.resource("Cô Bình");
        int chi = school.resource("Cô Chi");
        int toanA = school.lesson("Toán 10A1", 1, lopA, an);
        int vanA = school.lesson("Văn 10A1", 1, lopA, binh);
        int vanB = school.lesson("Văn 10A2", 1, lopB, binh);
        int anhB = school.lesson("Anh 10A2", 1, lopB, chi);
        school.monitors.add(new Monitor.BusyAt("Thầy An vắng tiết 1", Penalty.hard(1), an, school.times(0)));
        // Toán to period 2 clashes in 10A1; swapped with Văn 10A1, Cô Bình has two classes at period 1. Only moving
        // all four (Toán and Văn of 10A1 swap, so Văn and Anh of 10A2 must swap too) keeps every rule.

        Placement placement = afterOneStep(school.problem(), 5, 0, 1, 0, 1);

        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
        assertThat(new int[] {
                    placement.start(toanA), placement.start(vanA), placement.start(vanB), placement.start(anhB)
                })
                .containsExactly(1, 0, 1, 0);
    }

    /** The problem's lessons at these starts (by lesson index), after the search's first step, which must be taken. */
    private static Placement afterOneStep(Problem problem, long seed, int... starts) {
        Placement placement = new Placement(problem);
        for (int lesson = 0; lesson < starts.length; lesson++) {
            placement.move(lesson, starts[lesson]);
        }
        int[] calls = {0};
        long steps = new ConflictSearch(problem, seed).run(placement, () -> calls[0]++ > 0);
        assertThat(steps).isEqualTo(1);
        return placement;
    }

    @Test
    void stopsWhenToldAndLeavesThePlacementAsItWas() {
        FullWeek week = new FullWeek();
        Problem problem = week.school.problem();
        Placement placement = week.badlyPlaced(problem);

        long steps = new ConflictSearch(problem, 1).run(placement, () -> true);

        assertThat(steps).isZero();
        assertThat(placement.cost().hard()).isEqualTo(5);
        assertThat(placement.start(week.van2)).isEqualTo(week.school.time(0, 0));
    }

    @Test
    void weighsOnlyHardCostAndLeavesThePlacementAsItWasWhenItCannotLowerIt() {
        SmallSchool school = new SmallSchool(1, 2);
        int lop = school.resource("10A1");
        int toan = school.lesson("Toán", 1, lop);
        int van = school.lesson("Văn", 1, lop);
        int anh = school.lesson("Anh", 1, lop);
        school.monitors.add(new Monitor.PreferredStarts(
                "Văn: nên học tiết 2", Penalty.soft(10), new int[] {van}, school.times(1), 1));
        // Three lessons in two periods: one clash wherever they go. Văn would rather be in period 2, where it is not.
        Problem problem = school.problem();
        Placement placement = new Placement(problem);
        placement.move(toan, 0);
        placement.move(van, 0);
        placement.move(anh, 1);
        int[] calls = {0};

        long steps = new ConflictSearch(problem, 1).run(placement, () -> calls[0]++ >= 50);

        // The search passes placements with Văn in period 2, as dear in hard cost; the soft cost is the local
        // search's to lower, later, not the mending's.
        assertThat(steps).isEqualTo(50);
        assertThat(placement.cost()).isEqualTo(new Cost(1, 10));
        assertThat(new int[] {placement.start(toan), placement.start(van), placement.start(anh)})
                .containsExactly(0, 0, 1);
    }

    @Test
    void mendsWhatAConstructionCutShortLeft() {
        Problem problem = EngineTests.tightSchool().problem();
        Placement placement = new Placement(problem);
        // Too few steps: what the chains did not place went where it clashes least.
        new Construction(problem, 1).build(placement, 5, () -> false);
        assertThat(placement.cost().hard()).isPositive();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();

        long steps = new ConflictSearch(problem, 1).run(placement, () -> System.nanoTime() > until);

        assertThat(steps).isPositive();
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void neverMovesAPinnedLesson() {
        SmallSchool school = new SmallSchool(1, 3);
        int lop = school.resource("10A1");
        int chaoCo = school.pinnedLesson("Chào cờ", 1, 0, lop);
        int toan = school.lesson("Toán", 1, lop);
        int van = school.lesson("Văn", 1, lop);
        Problem problem = school.problem();
        Placement placement = new Placement(problem);
        placement.move(chaoCo, 0);
        placement.move(toan, 0);
        placement.move(van, 0);

        new ConflictSearch(problem, 7).run(placement, () -> false);

        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
        assertThat(placement.start(chaoCo)).isZero();
    }
}
