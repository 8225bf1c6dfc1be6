package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.timetable.xhstt.EventConstraintCostsTests.pieces;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.eventGroups;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.soft;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Costs of the constraints on event groups and pairs of events, worked out by hand from the specification. */
@DisplayName("Chi phí các ràng buộc trên nhóm sự kiện (tính tay theo đặc tả XHSTT)")
class EventGroupConstraintCostsTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Lab1@Mo1 Room=R1,Lab2@Tu1 Room=R1 | 0",
                "Lab1@Mo1 Room=R1,Lab2@Tu1 Room=R2 | 1",
                "Lab1@Mo1 Room=R1,Lab2@Tu1         | 0",
            })
    @DisplayName("AvoidSplitAssignments: số phòng khác nhau trong nhóm, trừ một")
    void avoidSplitAssignmentsCountsDistinctResourcesBeyondTheFirst(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .group("Chemistry", "Lab1", "Lab2")
                .lesson("Lab1", 1, "T1", "C1", "Room")
                .lesson("Lab2", 1, "T1", "C1", "Room")
                .constraint(soft("AvoidSplitAssignments", eventGroups("Chemistry"), "<Role>Room</Role>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maths1@Mo1,Maths2@Tu1   | 0",
                "Maths1@Mo1,Maths2@Mo3   | 1",
                "Maths1@Tu1,Maths2@Tu3   | 2",
                "Maths1@Mo1,Maths2       | 0",
            })
    @DisplayName("SpreadEvents: mỗi ngày số buổi học phải nằm trong [tối thiểu, tối đa]; buổi chưa xếp không tính")
    void spreadEventsBoundsTheMeetsStartingInEachTimeGroup(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .group("MathsWeek", "Maths1", "Maths2")
                .lesson("Maths1", 1, "T1", "C1")
                .lesson("Maths2", 1, "T1", "C1")
                .constraint(soft(
                        "SpreadEvents",
                        eventGroups("MathsWeek"),
                        "<TimeGroups><TimeGroup Reference=\"Mo\"><Minimum>1</Minimum><Maximum>1</Maximum></TimeGroup>"
                                + "<TimeGroup Reference=\"Tu\"><Minimum>0</Minimum><Maximum>1</Maximum></TimeGroup>"
                                + "</TimeGroups>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "English1@Mo1,English2@Mo1 | 0",
                "English1@Mo1,English2@Mo2 | 2",
                "English1@Mo1,English2     | 1",
                "English1,English2         | 0",
            })
    @DisplayName("LinkEvents: số tiết mà chỉ một phần các sự kiện liên kết đang học")
    void linkEventsCountsTimesWhereOnlySomeEventsRun(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .group("EnglishSets", "English1", "English2")
                .lesson("English1", 1, "T1", "C1")
                .lesson("English2", 1, "T2", "C2")
                .constraint(soft("LinkEvents", eventGroups("EnglishSets"), ""));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Theory@Mo1,Practice@Mo3 | 0",
                "Theory@Mo1,Practice@Tu1 | 0",
                "Theory@Mo1,Practice@Mo2 | 1",
                "Theory@Mo2,Practice@Mo1 | 3",
                "Theory@Mo1,Practice@Tu3 | 2",
                "Theory@Mo1,Practice     | 0",
            })
    @DisplayName("OrderEvents: khoảng cách từ cuối buổi lý thuyết đến đầu buổi thực hành trong [1, 3] tiết")
    void orderEventsBoundsTheGapBetweenTheTwoEvents(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Theory", 1, "T1", "C1")
                .lesson("Practice", 1, "T1", "C1")
                .constraint(soft(
                        "OrderEvents",
                        "<EventPairs><EventPair><FirstEvent Reference=\"Theory\"/><SecondEvent Reference=\"Practice\"/>"
                                + "<MinSeparation>1</MinSeparation><MaxSeparation>3</MaxSeparation></EventPair>"
                                + "</EventPairs>",
                        ""));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }
}
