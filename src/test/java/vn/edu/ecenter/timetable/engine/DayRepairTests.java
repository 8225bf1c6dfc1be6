package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DayRepairTests {

    /**
     * A full class, five days of two periods, two lessons on Monday's first period and nothing on Friday's second: the
     * solver places Monday's and Friday's lessons again, and the days between stay as they were.
     */
    @Test
    void placesTheLessonsOfAFewDaysAgainAndKeepsTheOtherDays() {
        SmallSchool school = new SmallSchool(5, 2);
        int lop = school.resource("10A1");
        int[] lessons = school.singlePeriods("Tiết", 10, lop);
        Problem problem = school.problem();
        Placement current = new Placement(problem);
        for (int i = 0; i < lessons.length; i++) {
            current.move(lessons[i], Math.max(0, i - 1));
        }
        assertThat(current.cost().hard()).isEqualTo(1);

        Optional<Placement> repaired =
                DayRepair.of(problem, 1).orElseThrow().placeDaysAgain(current, SmallSchool.inTenSeconds());

        assertThat(repaired).isPresent();
        assertThat(repaired.get().cost().hard()).isZero();
        for (int lesson : lessons) {
            int day = problem.week().day(current.start(lesson));
            if (day > 0 && day < 4) {
                assertThat(repaired.get().start(lesson)).isEqualTo(current.start(lesson));
            }
        }
    }

    @Test
    void mendsUntilNoHardCostIsLeftAndKeepsPinnedLessons() {
        SmallSchool school = new SmallSchool(3, 2);
        int lop = school.resource("10A1");
        int an = school.resource("Thầy An");
        int chaoCo = school.pinnedLesson("Chào cờ", 1, school.time(0, 0), lop);
        int[] lessons = school.singlePeriods("Toán", 5, lop, an);
        Problem problem = school.problem();
        Placement current = new Placement(problem);
        current.move(chaoCo, school.time(0, 0));
        for (int lesson : lessons) {
            current.move(lesson, school.time(0, 0));
        }

        Placement mended = DayRepair.of(problem, 1).orElseThrow().run(current, SmallSchool.inTenSeconds(), () -> false);

        assertThat(mended.cost().hard()).isZero();
        assertThat(mended.start(chaoCo)).isEqualTo(school.time(0, 0));
    }

    @Test
    void startsAgainAfterTurnsWithoutProgressAndStillAnswersTheBestPlacementFound() {
        Problem problem = fourLessonsOnPairwiseDifferentDaysOfThree();
        Placement current = new Placement(problem);
        for (Lesson lesson : problem.lessons()) {
            current.move(lesson.index(), 0);
        }
        assertThat(current.cost().hard()).isGreaterThan(1);
        long millisecond = Duration.ofMillis(1).toNanos();
        DayRepair repair = DayRepair.of(problem, 1, 20 * millisecond, millisecond, 5 * millisecond)
                .orElseThrow();

        // Stopped as soon as it starts again: it is back at the first placement then, and answers the better one.
        Placement best = repair.run(current, SmallSchool.inTenSeconds(), () -> repair.restarts() > 0);

        assertThat(repair.restarts()).isEqualTo(1);
        assertThat(best.cost().hard()).isEqualTo(1);
    }

    /** Four lessons on pairwise different days of a three-day week: two of them always share a day. */
    private static Problem fourLessonsOnPairwiseDifferentDaysOfThree() {
        SmallSchool school = new SmallSchool(3, 1);
        int[] lessons = IntStream.range(0, 4)
                .map(i -> school.lesson("Tiết " + i, 1, school.resource("Lớp " + i)))
                .toArray();
        school.monitors.add(new Monitor.DaysApart("khác ngày", Penalty.hard(1), lessons, 1));
        return school.problem();
    }

    @Test
    void answersTheBestPlacementAtTheDeadlineWhenNothingMendsIt() {
        Problem problem = fourLessonsOnPairwiseDifferentDaysOfThree();
        Placement current = new Placement(problem);
        for (Lesson lesson : problem.lessons()) {
            current.move(lesson.index(), 0);
        }
        long deadline = System.nanoTime() + Duration.ofMillis(500).toNanos();

        Placement best = DayRepair.of(problem, 1).orElseThrow().run(current, deadline, () -> false);

        assertThat(best.allPlaced()).isTrue();
        assertThat(best.cost().hard()).isEqualTo(1);
    }
}
