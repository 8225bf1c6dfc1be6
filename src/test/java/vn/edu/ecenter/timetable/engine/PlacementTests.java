package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacementTests {

    private final SmallSchool school = new SmallSchool(5, 4);
    private final int classA = school.resource("10A1");
    private final int classB = school.resource("10A2");
    private final int teacher = school.resource("GV Hà");

    @Test
    void aLessonNotPlacedCostsItsDurationAsHardCost() {
        school.lesson("Toán 10A1", 2, classA, teacher);
        Placement placement = new Placement(school.problem());

        assertThat(placement.cost()).isEqualTo(new Cost(2, 0));
    }

    @Test
    void aTeacherInTwoClassesAtOnceIsOneClashPerSharedTime() {
        int maths = school.lesson("Toán 10A1", 2, classA, teacher);
        int physics = school.lesson("Lý 10A2", 2, classB, teacher);
        Placement placement = new Placement(school.problem());

        placement.move(maths, school.time(0, 0));
        placement.move(physics, school.time(0, 1));
        assertThat(placement.cost()).isEqualTo(new Cost(1, 0));
        assertThat(placement.violations()).extracting(Violation::label).containsExactly("GV Hà: không trùng giờ");

        placement.move(physics, school.time(0, 2));
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
        assertThat(placement.violations()).isEmpty();
    }

    @Test
    void behindAClashAreTheLessonsAtTheDoubleBookedTimesOnly() {
        int maths = school.lesson("Toán 10A1", 2, classA, teacher);
        int physics = school.lesson("Lý 10A2", 1, classB, teacher);
        int chemistry = school.lesson("Hóa 10A2", 1, classB, teacher);
        Placement placement = new Placement(school.problem());
        placement.move(maths, school.time(0, 0));
        placement.move(physics, school.time(0, 1));
        placement.move(chemistry, school.time(1, 0));

        Violation clash = placement.violations().getFirst();

        assertThat(clash.label()).isEqualTo("GV Hà: không trùng giờ");
        assertThat(placement.lessonsBehind(clash.monitor())).containsExactly(maths, physics);
    }

    @Test
    void boostsWeighTheSearchsHardCostButNotTheTrueCost() {
        int maths = school.lesson("Toán 10A1", 2, classA, teacher);
        int physics = school.lesson("Lý 10A2", 2, classB, teacher);
        Placement placement = new Placement(school.problem());
        placement.move(maths, school.time(0, 0));
        placement.move(physics, school.time(0, 1));
        long[] boosts = new long[school.problem().monitors().size()];
        java.util.Arrays.fill(boosts, 1);
        placement.boost(boosts);

        placement.raiseBoosts();
        placement.raiseBoosts();

        assertThat(placement.cost()).isEqualTo(new Cost(1, 0));
        assertThat(placement.searchCost()).isEqualTo(new Cost(3, 0));
        placement.move(physics, school.time(0, 2));
        assertThat(placement.searchCost()).isEqualTo(Cost.ZERO);
        placement.move(physics, school.time(0, 1));
        assertThat(placement.searchCost()).isEqualTo(new Cost(3, 0));
    }

    @Test
    void aDoublePeriodNeverRunsIntoTheNextDay() {
        int maths = school.lesson("Toán 10A1", 2, classA, teacher);
        Placement placement = new Placement(school.problem());

        assertThatThrownBy(() -> placement.move(maths, school.time(0, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(school.problem().lessons().get(maths).starts()).doesNotContain(school.time(0, 3));
    }

    @Test
    void idleTimesOfATeacherAreTheFreePeriodsBetweenTheFirstAndLastLessonOfADay() {
        int first = school.lesson("Toán 10A1", 1, classA, teacher);
        int last = school.lesson("Toán 10A2", 1, classB, teacher);
        school.monitors.add(new Monitor.IdleTimes(
                "GV Hà: không tiết trống", Penalty.soft(3), teacher, school.daysAsGroups(), 0, 0));
        Placement placement = new Placement(school.problem());

        placement.move(first, school.time(1, 0));
        placement.move(last, school.time(1, 3));
        assertThat(placement.cost()).isEqualTo(new Cost(0, 2 * 3));

        placement.move(last, school.time(2, 3));
        assertThat(placement.cost()).as("one lesson a day leaves no gap").isEqualTo(Cost.ZERO);
    }

    @Test
    void busyDaysBeyondTheMaximumCostOneEach() {
        int[] lessons = {
            school.lesson("Toán 10A1 (1)", 1, classA, teacher),
            school.lesson("Toán 10A1 (2)", 1, classA, teacher),
            school.lesson("Toán 10A1 (3)", 1, classA, teacher)
        };
        school.monitors.add(new Monitor.BusyGroups(
                "GV Hà: dạy tối đa 2 ngày", Penalty.soft(1), teacher, school.daysAsGroups(), 0, 2));
        Placement placement = new Placement(school.problem());

        for (int day = 0; day < 3; day++) {
            placement.move(lessons[day], school.time(day, 0));
        }
        assertThat(placement.cost().soft()).isEqualTo(1);
        placement.move(lessons[2], school.time(1, 1));
        assertThat(placement.cost().soft()).isZero();
    }

    @Test
    void aDayWithTooFewLessonsCountsButAFreeDayDoesNot() {
        int lesson = school.lesson("Toán 10A1", 1, classA, teacher);
        school.monitors.add(new Monitor.BusyPerGroup(
                "GV Hà: ít nhất 2 tiết mỗi ngày có dạy", Penalty.soft(1), teacher, school.daysAsGroups(), 2, 4, false));
        Placement placement = new Placement(school.problem());

        assertThat(placement.cost().soft()).isZero();
        placement.move(lesson, school.time(4, 2));
        assertThat(placement.cost().soft()).isEqualTo(1);
    }

    @Test
    void withEmptyDaysCountingEveryFreeDayIsShortOfTheMinimum() {
        int lesson = school.lesson("Toán 10A1", 1, classA, teacher);
        school.monitors.add(new Monitor.BusyPerGroup(
                "GV Hà: ít nhất 1 tiết mỗi ngày", Penalty.soft(1), teacher, school.daysAsGroups(), 1, 4, true));
        Placement placement = new Placement(school.problem());

        assertThat(placement.cost().soft()).isEqualTo(5);
        placement.move(lesson, school.time(4, 2));
        assertThat(placement.cost().soft()).isEqualTo(4);
    }

    @Test
    void runsLongerThanTheMaximumCostTheirExcess() {
        int[] lessons = new int[4];
        for (int i = 0; i < 4; i++) {
            lessons[i] = school.lesson("Bài " + i, 1, i % 2 == 0 ? classA : classB, teacher);
        }
        school.monitors.add(
                new Monitor.LongRuns("GV Hà: tối đa 2 tiết liền", Penalty.hard(1), teacher, school.daysAsGroups(), 2));
        Placement placement = new Placement(school.problem());

        for (int i = 0; i < 4; i++) {
            placement.move(lessons[i], school.time(0, i));
        }
        assertThat(placement.cost()).isEqualTo(new Cost(2, 0));
        placement.move(lessons[2], school.time(1, 0));
        assertThat(placement.cost())
                .as("runs of 2 and 1 on Monday, 1 on Tuesday")
                .isEqualTo(Cost.ZERO);
    }

    @Test
    void lessonsOfASubjectCloserThanTheMinimumDaysCostTheDaysMissing() {
        int one = school.lesson("Toán 10A1 (1)", 1, classA);
        int two = school.lesson("Toán 10A1 (2)", 1, classA);
        school.monitors.add(new Monitor.DaysApart("Toán 10A1: cách 2 ngày", Penalty.soft(95), new int[] {one, two}, 2));
        school.monitors.add(
                new Monitor.AdjacentIfSameDay("Toán 10A1: cùng ngày thì liền", Penalty.hard(1), new int[] {one, two}));
        Placement placement = new Placement(school.problem());

        placement.move(one, school.time(0, 0));
        placement.move(two, school.time(1, 0));
        assertThat(placement.cost()).isEqualTo(new Cost(0, 95));
        placement.move(two, school.time(0, 2));
        assertThat(placement.cost()).as("same day, not adjacent").isEqualTo(new Cost(1, 2 * 95));
        placement.move(two, school.time(0, 1));
        assertThat(placement.cost()).isEqualTo(new Cost(0, 2 * 95));
        placement.move(two, school.time(3, 1));
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void lessonsThatShouldShareADayCountEachExtraDay() {
        int one = school.lesson("Tin 10A1 (1)", 1, classA);
        int two = school.lesson("Tin 10A1 (2)", 1, classA);
        school.monitors.add(new Monitor.SameDay("Tin 10A1: cùng ngày", Penalty.hard(1), new int[] {one, two}));
        Placement placement = new Placement(school.problem());

        placement.move(one, school.time(2, 0));
        placement.move(two, school.time(3, 0));
        assertThat(placement.cost()).isEqualTo(new Cost(1, 0));
        placement.move(two, school.time(2, 3));
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void lessonsOfASubjectOnTheSameDayBreakTheSpread() {
        int one = school.lesson("Văn 10A1 (1)", 1, classA);
        int two = school.lesson("Văn 10A1 (2)", 1, classA);
        int[][] days = school.daysAsGroups();
        var groups = new java.util.BitSet[days.length];
        int[] minimum = new int[days.length];
        int[] maximum = new int[days.length];
        for (int d = 0; d < days.length; d++) {
            groups[d] = school.times(days[d]);
            maximum[d] = 1;
        }
        school.monitors.add(new Monitor.Spread(
                "Văn 10A1: mỗi ngày tối đa 1 tiết", Penalty.hard(1), new int[] {one, two}, groups, minimum, maximum));
        Placement placement = new Placement(school.problem());

        placement.move(one, school.time(2, 0));
        placement.move(two, school.time(2, 3));
        assertThat(placement.cost()).isEqualTo(new Cost(1, 0));
        placement.move(two, school.time(3, 3));
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void aTeachersUnavailableTimesCountEachBusyTime() {
        int maths = school.lesson("Toán 10A1", 2, classA, teacher);
        school.monitors.add(new Monitor.BusyAt(
                "GV Hà: bận sáng thứ 2", Penalty.hard(1), teacher, school.times(school.time(0, 0), school.time(0, 1))));
        Placement placement = new Placement(school.problem());

        placement.move(maths, school.time(0, 1));
        assertThat(placement.cost()).isEqualTo(new Cost(1, 0));
        placement.move(maths, school.time(0, 0));
        assertThat(placement.cost()).isEqualTo(new Cost(2, 0));
    }

    @Test
    void aPinnedLessonStartsAtItsFixedTime() {
        int flag = school.pinnedLesson("Chào cờ 10A1", 1, school.time(0, 0), classA);
        Placement placement = new Placement(school.problem());

        assertThat(placement.start(flag)).isEqualTo(school.time(0, 0));
        assertThat(placement.cost()).isEqualTo(Cost.ZERO);
    }

    @Test
    void theCostKeptUpToDateEqualsTheCostMeasuredAfresh() {
        teacherWithGapAndDayRules(12);
        // Each rule of a resource's week that reads only some of its times (a day, the times it is unavailable at)
        // is re-measured only when a lesson leaves or takes one of those times: moving a lesson on Monday must still
        // re-measure every rule that reads Monday.
        int[][] days = school.daysAsGroups();
        school.monitors.add(new Monitor.IdleTimes(
                "Lớp A: không tiết trống thứ Ba", Penalty.hard(1), classA, new int[][] {days[1]}, 0, 0));
        school.monitors.add(new Monitor.BusyAt(
                "GV Hà: bận sáng thứ Hai", Penalty.hard(1), teacher, times(school.time(0, 0), school.time(0, 1))));
        school.monitors.add(new Monitor.BusyGroups("GV Hà: tối đa 2 ngày", Penalty.hard(1), teacher, days, 0, 2));
        school.monitors.add(new Monitor.LongRuns("Lớp B: tối đa 2 tiết liền", Penalty.soft(1), classB, days, 2));
        school.monitors.add(new Monitor.BusyPerGroupToFill(
                "Lớp B: ít nhất 2 tiết mỗi ngày", Penalty.hard(1), classB, days, 2, 5, false));
        school.monitors.add(new Monitor.Clashes("Lớp A: không trùng giờ", Penalty.hard(1), classA));
        Problem problem = school.problem();
        Placement moving = new Placement(problem);
        Random random = new Random(7);

        for (int step = 0; step < 2_000; step++) {
            Lesson lesson =
                    problem.lessons().get(random.nextInt(problem.lessons().size()));
            int[] starts = lesson.starts();
            int to = random.nextInt(10) == 0 ? -1 : starts[random.nextInt(starts.length)];
            moving.move(lesson.index(), to);
            assertThat(moving.cost()).as("after step %d", step).isEqualTo(afresh(problem, moving));
        }
    }

    @Test
    void aTrialTakenBackLeavesThePlacementAndItsCostAsTheyWereAndAKeptOneStays() {
        Problem problem = teacherWithGapAndDayRules(8);
        Placement placement = new Placement(problem);
        Random random = new Random(11);
        for (Lesson lesson : problem.lessons()) {
            placement.move(lesson.index(), lesson.starts()[random.nextInt(lesson.starts().length)]);
        }
        int[][] before = placement.snapshot();
        Cost costBefore = placement.cost();

        int outer = placement.mark();
        placement.move(0, -1);
        Cost withoutFirst = placement.cost();
        int inner = placement.mark();
        placement.move(1, problem.lessons().get(1).starts()[0]);
        placement.move(2, -1);
        placement.cost();
        placement.undo(inner);
        assertThat(placement.cost()).isEqualTo(withoutFirst).isEqualTo(afresh(problem, placement));
        int kept = placement.mark();
        placement.move(3, problem.lessons().get(3).starts()[1]);
        placement.keep(kept);
        assertThat(placement.cost()).isEqualTo(afresh(problem, placement));
        placement.undo(outer);

        assertThat(placement.snapshot()).isDeepEqualTo(before);
        assertThat(placement.cost()).isEqualTo(costBefore).isEqualTo(afresh(problem, placement));
        placement.move(4, -1);
        assertThat(placement.cost()).isEqualTo(afresh(problem, placement));
    }

    @Test
    void aMoveTriedAndTakenBackAsTimefoldDoesLeavesTheCostRightWithoutMeasuringAgain() {
        Problem problem = teacherWithGapAndDayRules(10);
        Placement placement = new Placement(problem);
        Random random = new Random(5);
        for (int step = 0; step < 300; step++) {
            placement.watchForUndo();
            // Weigh a few moves, each scored and taken back, then keep one of them as the step.
            for (int tried = 0; tried < 5; tried++) {
                Lesson lesson =
                        problem.lessons().get(random.nextInt(problem.lessons().size()));
                int from = placement.start(lesson.index());
                placement.move(lesson.index(), lesson.starts()[random.nextInt(lesson.starts().length)]);
                assertThat(placement.cost()).isEqualTo(afresh(problem, placement));
                placement.move(lesson.index(), from);
                assertThat(placement.cost()).as("step %d", step).isEqualTo(afresh(problem, placement));
            }
            Lesson lesson =
                    problem.lessons().get(random.nextInt(problem.lessons().size()));
            placement.move(lesson.index(), lesson.starts()[random.nextInt(lesson.starts().length)]);
        }
        assertThat(placement.cost()).isEqualTo(afresh(problem, placement));
    }

    /**
     * The teacher's lessons, single and double periods in turn, for two classes, with a hard "no gaps" rule and a
     * soft "2 to 3 periods a day" rule; answers the problem so far (rules added later are in later problems).
     */
    private Problem teacherWithGapAndDayRules(int lessons) {
        for (int i = 0; i < lessons; i++) {
            school.lesson("Bài " + i, 1 + i % 2, i % 2 == 0 ? classA : classB, teacher);
        }
        school.monitors.add(new Monitor.IdleTimes(
                "GV Hà: không tiết trống", Penalty.hard(1), teacher, school.daysAsGroups(), 0, 0));
        school.monitors.add(new Monitor.BusyPerGroup(
                "GV Hà: 2 đến 3 tiết mỗi ngày", Penalty.soft(2), teacher, school.daysAsGroups(), 2, 3, true));
        return school.problem();
    }

    private static BitSet times(int... times) {
        BitSet set = new BitSet();
        for (int time : times) {
            set.set(time);
        }
        return set;
    }

    private static Cost afresh(Problem problem, Placement placement) {
        Placement fresh = new Placement(problem);
        for (Lesson lesson : problem.lessons()) {
            fresh.move(lesson.index(), placement.start(lesson.index()));
        }
        return fresh.cost();
    }
}
