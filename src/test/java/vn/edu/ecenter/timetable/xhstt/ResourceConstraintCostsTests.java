package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.timetable.xhstt.EventConstraintCostsTests.pieces;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.resources;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.soft;
import static vn.edu.ecenter.timetable.xhstt.SchoolWeek.timeGroups;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Costs of the constraints on resources (teacher T1, room R1), worked out by hand from the specification. */
@DisplayName("Chi phí các ràng buộc trên tài nguyên (tính tay theo đặc tả XHSTT)")
class ResourceConstraintCostsTests {

    private static SchoolWeek teacherT1With(String constraint) {
        return SchoolWeek.with()
                .lesson("A", 1, "T1", "C1")
                .lesson("B", 1, "T1", "C2")
                .lesson("C", 1, "T1", "C1")
                .lesson("Double", 2, "T1", "C2")
                .constraint(constraint);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A@Mo1,B@Mo2,C@Mo3     | 0",
                "A@Mo1,B@Mo1           | 1",
                "A@Mo1,B@Mo1,C@Mo1     | 2",
                "Double@Mo1,A@Mo2      | 1",
                "Double@Mo1,A@Mo2,B@Mo2,C@Mo1 | 3",
            })
    @DisplayName("AvoidClashes: ở mỗi tiết, số buổi giáo viên phải dạy vượt quá một")
    void avoidClashesCountsEachExtraMeetAtATime(String timetable, int cost) {
        SchoolWeek week = teacherT1With(soft("AvoidClashes", resources("T1"), ""));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A@Mo1,Double@Mo3 | 0",
                "Double@Tu1       | 2",
                "A@Tu1,B@Tu1      | 1",
                "Double@Mo4       | 1",
            })
    @DisplayName("AvoidUnavailableTimes: số tiết bận vào thứ Ba, tiết trùng tính một lần; tiết đôi từ Mo4 lấn sang Tu1")
    void avoidUnavailableTimesCountsBusyUnavailableTimes(String timetable, int cost) {
        SchoolWeek week = teacherT1With(soft("AvoidUnavailableTimes", resources("T1"), timeGroups("Tu")));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A@Mo1,B@Mo2,C@Tu4     | 0",
                "A@Mo1,B@Mo3           | 0",
                "A@Mo1,B@Mo4           | 1",
                "A@Mo1,B@Mo3,C@Tu1,Double@Tu3 | 1",
                "A@Mo1,B@Tu4           | 0",
            })
    @DisplayName("LimitIdleTimes: tổng số tiết trống giữa giờ của mọi ngày, tối đa một")
    void limitIdleTimesBoundsTheTotalOfGapsOverTheTimeGroups(String timetable, int cost) {
        SchoolWeek week = teacherT1With(soft(
                "LimitIdleTimes",
                resources("T1"),
                timeGroups("Mo", "Tu") + "<Minimum>0</Minimum><Maximum>1</Maximum>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "[{0}, {1}] ngày, {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 1 | A@Mo1,B@Mo2 | 0",
                "0 | 1 | A@Mo1,B@Tu1 | 1",
                "2 | 2 | A@Mo1,B@Tu1 | 0",
                "2 | 2 | A@Mo1,B@Mo2 | 1",
                "2 | 2 | ''          | 2",
            })
    @DisplayName("ClusterBusyTimes: số ngày có tiết dạy nằm trong [tối thiểu, tối đa]; ngày không dạy tính là thiếu")
    void clusterBusyTimesBoundsTheNumberOfBusyTimeGroups(int minimum, int maximum, String timetable, int cost) {
        SchoolWeek week = teacherT1With(soft(
                "ClusterBusyTimes",
                resources("T1"),
                timeGroups("Mo", "Tu") + "<Minimum>%d</Minimum><Maximum>%d</Maximum>".formatted(minimum, maximum)));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A@Mo1,B@Mo2                 | 0",
                "A@Mo1,B@Mo2,C@Mo3           | 0",
                "A@Mo1                       | 1",
                "A@Mo1,B@Mo2,Double@Mo3      | 1",
                "A@Mo1,B@Tu1                 | 2",
                "''                          | 0",
            })
    @DisplayName("LimitBusyTimes: số tiết bận trong mỗi ngày có dạy phải từ 2 đến 3; ngày nghỉ không tính")
    void limitBusyTimesBoundsBusyTimesInEachBusyTimeGroup(String timetable, int cost) {
        SchoolWeek week = teacherT1With(soft(
                "LimitBusyTimes",
                resources("T1"),
                timeGroups("Mo", "Tu") + "<Minimum>2</Minimum><Maximum>3</Maximum>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Lab1@Mo1 Room=R1                  | 0",
                "Lab1@Mo1 Room=R1,Lab2@Tu1 Room=R1 | 2",
                "Lab1@Mo1 Room=R1,Lab2@Tu1 Room=R2 | 0",
                "Lab1 Room=R1,Lab2 Room=R1         | 2",
            })
    @DisplayName("LimitWorkload: tổng khối lượng của phòng R1 tối đa 4, kể cả buổi chưa xếp giờ")
    void limitWorkloadBoundsTheTotalWorkload(String timetable, int cost) {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Lab1", 2, "T1", "C1", "Room:3")
                .lesson("Lab2", 2, "T2", "C2", "Room:3")
                .constraint(soft("LimitWorkload", resources("R1"), "<Minimum>0</Minimum><Maximum>4</Maximum>"));

        assertThat(week.timetable(pieces(timetable)).objective()).isEqualTo(cost);
    }

    @Test
    @DisplayName("LimitWorkload: một phần của sự kiện mang phần khối lượng tương ứng, phần lẻ làm tròn lên")
    void limitWorkloadSharesTheWorkloadOverPiecesAndRoundsUp() {
        SchoolWeek week = SchoolWeek.with()
                .lesson("Lab1", 2, "T1", "C1", "Room:3")
                .constraint(soft("LimitWorkload", resources("R1"), "<Minimum>0</Minimum><Maximum>1</Maximum>"));

        assertThat(week.timetable("Lab1@Mo1/1 Room=R1", "Lab1@Tu1/1 Room=R2").objective())
                .as("1.5 assigned, 0.5 over, rounded up")
                .isEqualTo(1);
    }
}
