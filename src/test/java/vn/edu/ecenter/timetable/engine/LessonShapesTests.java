package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LessonShapesTests {

    /**
     * Two classes and two teachers on a week of 2 days × 3 periods: Hà teaches a single and a double period in 10A1 and
     * a single in 10A2, Minh a single in each class and the flag ceremony (pinned) in 10A1.
     */
    private final SmallSchool school = new SmallSchool(2, 3);

    private final int monday1 = school.time(0, 0);
    private final int monday2 = school.time(0, 1);
    private final int monday3 = school.time(0, 2);
    private final int tuesday1 = school.time(1, 0);
    private final int a1 = school.resource("10A1");
    private final int a2 = school.resource("10A2");
    private final int ha = school.resource("GV Hà");
    private final int minh = school.resource("GV Minh");
    private final int haA1 = school.lesson("Toán 10A1", 1, a1, ha);
    private final int haA1Double = school.lesson("Toán 10A1 (tiết đôi)", 2, a1, ha);
    private final int haA2 = school.lesson("Toán 10A2", 1, a2, ha);
    private final int minhA1 = school.lesson("Văn 10A1", 1, a1, minh);
    private final int minhA2 = school.lesson("Văn 10A2", 1, a2, minh);
    private final int flag = school.pinnedLesson("Chào cờ 10A1", 1, monday1, a1, minh);

    /** The shapes of the school's lessons; where each lesson starts is up to each test (a function of the entity). */
    private LessonShapes shapes() {
        return new LessonShapes(school.problem());
    }

    @Test
    void eachResourceKnowsItsLessonsAndThePinnedOnesNeverMove() {
        LessonShapes shapes = shapes();

        assertThat(shapes.users[a1]).containsExactly(haA1, haA1Double, minhA1, flag);
        assertThat(shapes.users[ha]).containsExactly(haA1, haA1Double, haA2);
        assertThat(shapes.users[minh]).containsExactly(minhA1, minhA2, flag);
        assertThat(shapes.movable[flag]).isFalse();
        assertThat(shapes.swappable(flag, minhA1, monday1, monday2)).isFalse();
    }

    @Test
    void onlyLessonsOfTheSameLengthSwapAndOnlyToStartsBothAllow() {
        LessonShapes shapes = shapes();

        assertThat(shapes.swappable(haA1, minhA1, monday2, monday3)).isTrue();
        assertThat(shapes.swappable(haA1, haA1Double, monday2, monday1))
                .as("a single and a double period")
                .isFalse();
        assertThat(shapes.swappable(haA1, minhA1, monday2, monday2))
                .as("the same start")
                .isFalse();
        assertThat(shapes.swappable(haA1, minhA1, -1, monday2)).as("not placed").isFalse();
        assertThat(shapes.swappable(haA1, haA1, monday2, monday3)).isFalse();
    }

    @Test
    void aDoublePeriodNeverSwapsToAStartWhereItWouldCrossTheDaysEnd() {
        SmallSchool week = new SmallSchool(2, 3);
        int c = week.resource("10A1");
        int first = week.lesson("Lý 10A1", 2, c);
        int second = week.lesson("Hóa 10A1", 2, c);
        LessonShapes shapes = new LessonShapes(week.problem());

        assertThat(shapes.swappable(first, second, week.time(0, 0), week.time(1, 1)))
                .isTrue();
        assertThat(shapes.swappable(first, second, week.time(0, 0), week.time(0, 2)))
                .as("tiết 3 is the day's last: a double period cannot start there")
                .isFalse();
    }

    @Test
    void drawnSwapsShareAResourceAndCoverEveryPossiblePair() {
        int[] starts = {monday2, tuesday1, monday3, monday3, monday3, monday1};
        LessonShapes shapes = shapes();
        Random random = new Random(7);
        Set<List<Integer>> drawn = new HashSet<>();

        for (int i = 0; i < 2_000; i++) {
            int[] pair = shapes.swap(random, e -> starts[e]);
            assertThat(pair).isNotNull();
            assertThat(shareAResource(pair[0], pair[1])).isTrue();
            assertThat(shapes.swappable(pair[0], pair[1], starts[pair[0]], starts[pair[1]]))
                    .isTrue();
            drawn.add(List.of(Math.min(pair[0], pair[1]), Math.max(pair[0], pair[1])));
        }

        // Singles sharing a class or a teacher at different starts. The double has no partner of its length; 10A2's
        // two singles and Minh's two are at the same start; the pinned flag never moves.
        assertThat(drawn).containsExactlyInAnyOrder(List.of(haA1, haA2), List.of(haA1, minhA1));
    }

    @Test
    void aWeekWithNothingToSwapGivesNoSwapInsteadOfLoopingForever() {
        int[] starts = {monday2, tuesday1, monday2, monday2, monday2, monday1};
        LessonShapes shapes = shapes();

        assertThat(shapes.swap(new Random(1), e -> starts[e])).isNull();
    }

    @Test
    void aKempeChainTakesAlongEveryLessonThatWouldOtherwiseClash() {
        // Hà's 10A1 single on Monday 2, his 10A2 single on Monday 3, Minh's 10A2 single on Monday 2: moving Hà's 10A1
        // lesson to Monday 3 must bring his 10A2 lesson back to Monday 2, and with it Minh's 10A2 lesson to Monday 3.
        int[] starts = {monday2, tuesday1, monday3, school.time(1, 2), monday2, monday1};
        LessonShapes shapes = shapes();
        Random random = new Random(3);
        Set<Set<Integer>> chains = new HashSet<>();

        for (int i = 0; i < 2_000; i++) {
            LessonShapes.Chain chain = shapes.chain(random, e -> starts[e]);
            assertThat(chain).isNotNull();
            assertThat(noResourceBusyTwice(chain, starts)).as("chain %s", chain).isTrue();
            chains.add(Arrays.stream(chain.entities()).boxed().collect(Collectors.toSet()));
        }

        assertThat(chains).contains(Set.of(haA1, haA2, minhA2));
        assertThat(chains).allSatisfy(chain -> assertThat(chain).doesNotContain(flag));
    }

    @Test
    void aChainThatWouldMoveThePinnedFlagCeremonyIsNeverDrawn() {
        // Minh's 10A1 single on Monday 2: swapping it with Monday 1 would move the flag ceremony, which is pinned.
        int[] starts = {tuesday1, school.time(1, 1), school.time(1, 2), monday2, monday3, monday1};
        LessonShapes shapes = shapes();
        Random random = new Random(5);

        for (int i = 0; i < 2_000; i++) {
            LessonShapes.Chain chain = shapes.chain(random, e -> starts[e]);
            assertThat(chain).isNotNull();
            assertThat(chain.entities()).doesNotContain(flag);
            assertThat(noResourceBusyTwice(chain, starts)).as("chain %s", chain).isTrue();
        }
    }

    /** Whether, after the chain, no resource has two lessons at one of the chain's two starts. */
    private boolean noResourceBusyTwice(LessonShapes.Chain chain, int[] starts) {
        int[] after = starts.clone();
        for (int e : chain.entities()) {
            after[e] = starts[e] == chain.first() ? chain.second() : chain.first();
        }
        for (int a = 0; a < after.length; a++) {
            for (int b = a + 1; b < after.length; b++) {
                boolean atChainStart = after[a] == chain.first() || after[a] == chain.second();
                if (atChainStart && after[a] == after[b] && shareAResource(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean shareAResource(int a, int b) {
        int[] of = school.lessons.get(b).resources();
        return Arrays.stream(school.lessons.get(a).resources())
                .anyMatch(r -> Arrays.stream(of).anyMatch(s -> s == r));
    }
}
