package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.events;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.soft;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.timeGroups;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Costs of the constraints on single events, worked out by hand from the XHSTT specification. */
@DisplayName("Chi phí các ràng buộc trên từng sự kiện (tính tay theo đặc tả XHSTT)")
class EventConstraintCostsTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maths@Mo1                 | 0",
                "Maths@Mo1/1,Maths@Tu1/1   | 0",
                "Maths@Mo1/1               | 1",
                "Maths                     | 2",
                "''                        | 2",
            })
    @DisplayName("AssignTime: phần thời lượng chưa xếp giờ, kể cả phần lời giải bỏ sót")
    void assignTimeCountsTheDurationLeftWithoutATime(String timetable, int cost) {
        SchoolWeek week =
                SchoolWeek.with().lesson("Maths", 2, "T1", "C1").constraint(soft("AssignTime", events("Maths"), ""));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maths@Mo1/2,Maths@Tu1/2                         | 0",
                "Maths@Mo1/2,Maths@Mo4/1,Maths@Tu1/1             | 0",
                "Maths@Mo1/4                                     | 2",
                "Maths@Mo1/1,Maths@Mo3/1,Maths@Tu1/1,Maths@Tu3/1 | 1",
                "Maths@Mo1/3,Maths@Tu1/1                         | 1",
            })
    @DisplayName("SplitEvents: mỗi phần quá ngắn hay quá dài, cộng số phần thiếu hay thừa")
    void splitEventsCountsBadDurationsAndBadAmounts(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Maths", 4, "T1", "C1")
                .constraint(soft(
                        "SplitEvents",
                        events("Maths"),
                        "<MinimumDuration>1</MinimumDuration><MaximumDuration>2</MaximumDuration>"
                                + "<MinimumAmount>2</MinimumAmount><MaximumAmount>3</MaximumAmount>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maths@Mo1/2,Maths@Tu1/1,Maths@Tu3/1             | 0",
                "Maths@Mo1/2,Maths@Tu1/2                         | 1",
                "Maths@Mo1/1,Maths@Mo3/1,Maths@Tu1/1,Maths@Tu3/1 | 1",
            })
    @DisplayName("DistributeSplitEvents: số tiết đôi phải đúng một")
    void distributeSplitEventsCountsPiecesOfTheGivenDuration(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Maths", 4, "T1", "C1")
                .constraint(soft(
                        "DistributeSplitEvents",
                        events("Maths"),
                        "<Duration>2</Duration><Minimum>1</Minimum><Maximum>1</Maximum>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maths@Mo1               | 0",
                "Maths@Mo2               | 0",
                "Maths@Mo3/1,Maths@Tu1/1 | 1",
                "Maths@Mo3               | 2",
                "Maths                   | 0",
            })
    @DisplayName("PreferTimes: thời lượng các phần bắt đầu ngoài giờ ưu tiên (chỉ giờ bắt đầu được xét)")
    void preferTimesCountsTheDurationStartingOutsideThePreferredTimes(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .constraint(soft("PreferTimes", events("Maths"), timeGroups("Mornings")));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maths@Mo3/1,Maths@Tu3/1 | 0",
                "Maths@Mo3               | 2",
            })
    @DisplayName("PreferTimes với Duration: chỉ xét các phần có đúng thời lượng đó")
    void preferTimesWithADurationLooksOnlyAtPiecesOfThatDuration(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Maths", 2, "T1", "C1")
                .constraint(soft("PreferTimes", events("Maths"), timeGroups("Mornings") + "<Duration>2</Duration>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Lab@Mo1 Room=R1                 | 0",
                "Lab@Mo1                         | 2",
                "Lab@Mo1/1 Room=R1,Lab@Tu1/1     | 1",
                "Lab@Mo1/1 Room=R2,Lab@Tu1/1 Room=R1 | 0",
            })
    @DisplayName("AssignResource: thời lượng mà phòng của vai trò Room chưa được gán")
    void assignResourceCountsTheDurationWithoutAResource(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Lab", 2, "T1", "C1", "Room")
                .constraint(soft("AssignResource", events("Lab"), "<Role>Room</Role>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Lab@Mo1 Room=R2                     | 0",
                "Lab@Mo1 Room=R1                     | 2",
                "Lab@Mo1/1 Room=R1,Lab@Tu1/1 Room=R2 | 1",
                "Lab@Mo1                             | 0",
            })
    @DisplayName("PreferResources: thời lượng được gán phòng ngoài danh sách ưu tiên; chưa gán thì không tính")
    void preferResourcesCountsTheDurationWithAnotherResource(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Lab", 2, "T1", "C1", "Room")
                .constraint(soft("PreferResources", events("Lab"), SchoolWeek.resources("R2") + "<Role>Room</Role>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    static String[] pieces(String timetable) {
        return timetable.isBlank() ? new String[0] : timetable.split(",");
    }
}
