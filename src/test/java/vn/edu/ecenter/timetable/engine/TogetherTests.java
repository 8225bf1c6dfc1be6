package vn.edu.ecenter.timetable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TogetherTests {

    @Test
    void theLessonsOfHardLinkedEventsStartTogetherByDuration() {
        SmallSchool school = new SmallSchool(5, 4);
        int a = school.resource("10A1");
        int b = school.resource("10A2");
        int aDouble = school.lesson("Thể dục 10A1", 2, a);
        int aSingle = school.lesson("Thể dục 10A1", 1, a);
        int bSingle = school.lesson("Thể dục 10A2", 1, b);
        int bDouble = school.lesson("Thể dục 10A2", 2, b);
        int alone = school.lesson("Toán 10A1", 1, a);
        school.monitors.add(
                new Monitor.Linked("cùng giờ", Penalty.hard(1), new int[][] {{aDouble, aSingle}, {bSingle, bDouble}}));

        int[][] groups = Together.groups(school.problem());

        assertThat(groups).isDeepEqualTo(new int[][] {{aDouble, bDouble}, {aSingle, bSingle}, {alone}});
    }

    @Test
    void softLinksAndEventsSplitDifferentlyMoveAlone() {
        SmallSchool school = new SmallSchool(5, 4);
        int a = school.resource("10A1");
        int b = school.resource("10A2");
        int aDouble = school.lesson("Thể dục 10A1", 2, a);
        int b1 = school.lesson("Thể dục 10A2", 1, b);
        int b2 = school.lesson("Thể dục 10A2", 1, b);
        int c = school.lesson("Nhạc 10A1", 1, a);
        int d = school.lesson("Nhạc 10A2", 1, b);
        school.monitors.add(new Monitor.Linked("cùng giờ", Penalty.hard(1), new int[][] {{aDouble}, {b1, b2}}));
        school.monitors.add(new Monitor.Linked("cùng giờ", Penalty.soft(1), new int[][] {{c}, {d}}));

        assertThat(Together.groups(school.problem())).hasNumberOfRows(5);
    }
}
