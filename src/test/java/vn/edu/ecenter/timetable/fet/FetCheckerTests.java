package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.timetable.fet.FetSamples.activity;
import static vn.edu.ecenter.timetable.fet.FetSamples.fet;
import static vn.edu.ecenter.timetable.fet.FetSamples.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker's reading of each FET constraint, on the two-day, four-period sample (days 0-1, hours 0-3 = T1..T4).
 * Where FET 6.8.5 accepts the weight, soft variants were run through fet-cl with all activities locked and its "soft
 * conflicts" report gave the expected amounts; compulsory ones were confirmed by FET accepting or refusing the locked
 * timetable.
 */
class FetCheckerTests {

    /** The violations of the document's last constraint; placements are (id, day, hour) triples. */
    private static List<Violation> violations(String activities, String constraint, int... placements) {
        FetDocument document = read(fet(activities, constraint));
        CheckResult result = FetChecker.check(document, timetable(placements));
        return result.checks().getLast().violations();
    }

    private static Timetable timetable(int... placements) {
        Map<Integer, Placement> map = new HashMap<>();
        for (int i = 0; i < placements.length; i += 3) {
            map.put(placements[i], new Placement(placements[i + 1], placements[i + 2]));
        }
        return new Timetable(map);
    }

    private static String constraint(String name, String weight, String parameters) {
        return "<%s><Weight_Percentage>%s</Weight_Percentage>%s<Active>true</Active></%s>"
                .formatted(name, weight, parameters, name);
    }

    private static String notAvailable(String who, String name, String day, String hour) {
        String element = who.equals("Teacher") ? "Teacher" : "Students";
        return constraint(
                "Constraint" + who + "NotAvailableTimes",
                "100",
                "<%s>%s</%s><Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>"
                                .formatted(element, name, element)
                        + "<Not_Available_Time><Day>%s</Day><Hour>%s</Hour></Not_Available_Time>".formatted(day, hour));
    }

    private static int amount(List<Violation> violations) {
        return violations.stream().mapToInt(Violation::amount).sum();
    }

    @Test
    @DisplayName("Giờ bận của giáo viên nằm giữa hai tiết không tính là tiết trống")
    void doesNotCountATeachersNotAvailablePeriodAsAGap() {
        String activities = activity(1, "Lan", "6A", 1) + activity(2, "Lan", "6B", 1);
        String maxGaps = constraint(
                "ConstraintTeacherMaxGapsPerDay", "100", "<Teacher_Name>Lan</Teacher_Name><Max_Gaps>0</Max_Gaps>");

        assertThat(violations(activities, maxGaps, 1, 0, 0, 2, 0, 2))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.description()).isEqualTo("Giáo viên Lan có 1 tiết trống vào Thứ 2, tối đa 0"));
        assertThat(violations(activities, notAvailable("Teacher", "Lan", "Thứ 2", "T2") + maxGaps, 1, 0, 0, 2, 0, 2))
                .isEmpty();
    }

    @ParameterizedTest(name = "6A at {0} and {1}: {2} gaps")
    @DisplayName("Tiết trống của lớp: tiết rảnh giữa hai tiết học cùng ngày; vào muộn không tính")
    @CsvSource({"0, 1, 0", "0, 2, 1", "0, 3, 2", "1, 2, 0", "2, 3, 0"})
    void countsStudentsGapsBetweenTheFirstAndLastPeriodOfTheDay(int first, int second, int gaps) {
        String activities = activity(1, "Lan", "6A", 1) + activity(2, "Minh", "6A", 1);
        String maxGaps = constraint("ConstraintStudentsMaxGapsPerWeek", "100", "<Max_Gaps>0</Max_Gaps>");

        assertThat(amount(violations(activities, maxGaps, 1, 0, first, 2, 0, second)))
                .isEqualTo(gaps);
    }

    @ParameterizedTest(name = "min {0} days, consecutive {1}: ({2},{3}) and ({4},{5})")
    @DisplayName("Số ngày tối thiểu giữa các hoạt động: thiếu bao nhiêu ngày tính bấy nhiêu; cùng ngày phải liền nhau")
    @CsvSource({
        // min, consecutive, day1, hour1, day2, hour2, soft amount, hard violations
        "1, true,  0, 0, 1, 0, 0, 0",
        "1, true,  0, 0, 0, 1, 1, 0",
        "1, true,  0, 0, 0, 2, 1, 1",
        "1, false, 0, 0, 0, 2, 1, 0",
        "2, false, 0, 0, 1, 0, 1, 0",
        "2, false, 0, 0, 0, 1, 2, 0",
        "2, true,  0, 0, 0, 2, 2, 1"
    })
    void countsTheMissingDaysAndKeepsSameDayActivitiesConsecutive(
            int minDays, boolean consecutive, int d1, int h1, int d2, int h2, int softAmount, int hard) {
        String activities = activity(1, "Lan", "6A", 1) + activity(2, "Lan", "6A", 1);
        String minDaysBetween = constraint(
                "ConstraintMinDaysBetweenActivities",
                "95",
                "<Consecutive_If_Same_Day>%s</Consecutive_If_Same_Day><Number_of_Activities>2</Number_of_Activities>"
                                .formatted(consecutive)
                        + "<Activity_Id>1</Activity_Id><Activity_Id>2</Activity_Id><MinDays>%d</MinDays>"
                                .formatted(minDays));

        List<Violation> violations = violations(activities, minDaysBetween, 1, d1, h1, 2, d2, h2);

        assertThat(amount(violations.stream().filter(v -> !v.weight().isHard()).toList()))
                .isEqualTo(softAmount);
        assertThat(violations).filteredOn(v -> v.weight().isHard()).hasSize(hard);
    }

    @ParameterizedTest(name = "duration {0} from T{1}: {2} periods outside")
    @DisplayName("Khung giờ ưu tiên: mọi tiết của hoạt động phải nằm trong khung, đếm số tiết nằm ngoài")
    @CsvSource({"1, 1, 0", "2, 1, 0", "2, 2, 1", "3, 1, 1", "1, 4, 1"})
    void countsThePeriodsOfAnActivityOutsideItsPreferredSlots(int duration, int start, int outside) {
        String slots = constraint(
                "ConstraintActivityPreferredTimeSlots",
                "90",
                "<Activity_Id>1</Activity_Id><Number_of_Preferred_Time_Slots>2</Number_of_Preferred_Time_Slots>"
                        + "<Preferred_Time_Slot><Preferred_Day>Thứ 2</Preferred_Day><Preferred_Hour>T1</Preferred_Hour>"
                        + "</Preferred_Time_Slot><Preferred_Time_Slot><Preferred_Day>Thứ 2</Preferred_Day>"
                        + "<Preferred_Hour>T2</Preferred_Hour></Preferred_Time_Slot>");

        assertThat(amount(violations(activity(1, "Lan", "6A", duration), slots, 1, 0, start - 1)))
                .isEqualTo(outside);
    }

    @ParameterizedTest(name = "students {0}")
    @DisplayName(
            "Lọc hoạt động theo học sinh: khối chọn hoạt động của lớp, lớp chọn hoạt động của khối, lớp bên cạnh thì không")
    @CsvSource({"Khối 6, 6A, 1", "6A, Khối 6, 1", "6B, 6A, 0", "6A, 6A, 1"})
    void selectsActivitiesWhoseStudentsShareAClassWithTheFilter(String filter, String students, int violations) {
        String slots = constraint(
                "ConstraintActivitiesPreferredTimeSlots",
                "100",
                "<Students_Name>%s</Students_Name><Number_of_Preferred_Time_Slots>1</Number_of_Preferred_Time_Slots>"
                                .formatted(filter)
                        + "<Preferred_Time_Slot><Preferred_Day>Thứ 2</Preferred_Day><Preferred_Hour>T1</Preferred_Hour>"
                        + "</Preferred_Time_Slot>");

        assertThat(violations(activity(1, "Lan", students, 1), slots, 1, 1, 1)).hasSize(violations);
    }

    @Test
    void countsEachPairOfActivitiesNotOnTheSameDay() {
        String activities = activity(1, "Lan", "6A", 1) + activity(2, "Minh", "6B", 1) + activity(3, "Lan", "6B", 1);
        String sameDay = constraint(
                "ConstraintActivitiesSameStartingDay",
                "50",
                "<Number_of_Activities>3</Number_of_Activities><Activity_Id>1</Activity_Id><Activity_Id>2</Activity_Id>"
                        + "<Activity_Id>3</Activity_Id>");

        assertThat(violations(activities, sameDay, 1, 0, 0, 2, 1, 0, 3, 1, 1)).hasSize(2);
    }

    @Test
    void countsThePeriodsTwoActivitiesThatMustNotOverlapShare() {
        String activities = activity(1, "Lan", "6A", 3) + activity(2, "Minh", "6B", 2);
        String apart = constraint(
                "ConstraintActivitiesNotOverlapping",
                "50",
                "<Number_of_Activities>2</Number_of_Activities><Activity_Id>1</Activity_Id><Activity_Id>2</Activity_Id>");

        assertThat(violations(activities, apart, 1, 0, 0, 2, 0, 1))
                .singleElement()
                .satisfies(v -> assertThat(v.amount()).isEqualTo(2))
                .satisfies(v -> assertThat(v.conflicts()).isEqualTo(1.0));
    }

    @ParameterizedTest(name = "Lan at T{1} and T{2} (durations 2): {3}")
    @DisplayName("Số tiết liên tiếp tối đa: mỗi chuỗi tiết liền nhau dài quá tính một lần")
    @CsvSource({"2, 1, 3, 1", "2, 1, 4, 0", "3, 1, 3, 0", "1, 1, 4, 1"})
    void countsEachRunOfConsecutivePeriodsThatIsTooLong(int max, int first, int second, int violations) {
        String activities = activity(1, "Lan", "6A", 2) + activity(2, "Lan", "6B", 1);
        String continuously = constraint(
                "ConstraintTeacherMaxHoursContinuously",
                "100",
                "<Teacher_Name>Lan</Teacher_Name><Maximum_Hours_Continuously>%d</Maximum_Hours_Continuously>"
                        .formatted(max));

        assertThat(violations(activities, continuously, 1, 0, first - 1, 2, 0, second - 1))
                .hasSize(violations);
    }

    @Test
    void countsOneViolationPerDayOverTheDailyMaximumForEveryTeacher() {
        String activities = activity(1, "Lan", "6A", 2) + activity(2, "Lan", "6B", 1) + activity(3, "Minh", "6B", 3);
        String maxDaily =
                constraint("ConstraintTeachersMaxHoursDaily", "100", "<Maximum_Hours_Daily>2</Maximum_Hours_Daily>");

        assertThat(violations(activities, maxDaily, 1, 0, 0, 2, 0, 3, 3, 1, 0))
                .extracting(Violation::description)
                .containsExactly(
                        "Giáo viên Lan có 3 tiết vào Thứ 2, tối đa 2", "Giáo viên Minh có 3 tiết vào Thứ 3, tối đa 2");
    }

    @ParameterizedTest(name = "allow empty days {0}: {1}")
    @DisplayName("Số tiết tối thiểu mỗi ngày: ngày trống chỉ vi phạm khi không cho phép ngày trống")
    @CsvSource({"true, 1", "false, 2"})
    void countsDaysUnderTheDailyMinimum(boolean allowEmptyDays, int violations) {
        String minDaily = constraint(
                "ConstraintStudentsSetMinHoursDaily",
                "100",
                "<Minimum_Hours_Daily>2</Minimum_Hours_Daily><Students>6A</Students>"
                        + "<Allow_Empty_Days>%s</Allow_Empty_Days>".formatted(allowEmptyDays));

        assertThat(violations(activity(1, "Lan", "6A", 1), minDaily, 1, 0, 0)).hasSize(violations);
    }

    @Test
    void countsTheDaysOverTheWeeklyMaximum() {
        String activities = activity(1, "Lan", "6A", 1) + activity(2, "Lan", "6B", 1);
        String maxDays = constraint(
                "ConstraintTeacherMaxDaysPerWeek",
                "100",
                "<Teacher_Name>Lan</Teacher_Name><Max_Days_Per_Week>1</Max_Days_Per_Week>");

        assertThat(violations(activities, maxDays, 1, 0, 0, 2, 1, 3))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.description()).isEqualTo("Giáo viên Lan có tiết vào 2 ngày trong tuần, tối đa 1"));
    }

    @ParameterizedTest(name = "6A at ({0},{1}) and ({2},{3}): {4}")
    @DisplayName("Khoảng giờ tối đa số ngày: chỉ tính ngày có tiết từ giờ bắt đầu đến trước giờ kết thúc")
    @CsvSource({"0, 0, 1, 0, 0", "0, 1, 1, 0, 0", "0, 1, 1, 3, 0", "0, 1, 1, 2, 1", "0, 2, 1, 1, 1"})
    void countsOnlyTheDaysWithAPeriodInTheInterval(int d1, int h1, int d2, int h2, int excess) {
        String activities = activity(1, "Lan", "6A", 1) + activity(2, "Minh", "6A", 1);
        String interval = constraint(
                "ConstraintStudentsSetIntervalMaxDaysPerWeek",
                "100",
                "<Students>Khối 6</Students><Interval_Start_Hour>T2</Interval_Start_Hour>"
                        + "<Interval_End_Hour>T4</Interval_End_Hour><Max_Days_Per_Week>1</Max_Days_Per_Week>");

        assertThat(amount(violations(activities, interval, 1, d1, h1, 2, d2, h2)))
                .isEqualTo(excess);
    }

    @Test
    @DisplayName("Hoạt động hai tiết mà tiết sau rơi vào giờ bận của giáo viên là vi phạm")
    void findsTheSecondPeriodOfALongActivityInANotAvailableSlot() {
        assertThat(violations(activity(1, "Lan", "6A", 2), notAvailable("Teacher", "Lan", "Thứ 3", "T3"), 1, 1, 1))
                .singleElement()
                .satisfies(v -> assertThat(v.description())
                        .isEqualTo("Giáo viên Lan không rảnh vào Thứ 3, T3 nhưng có hoạt động 1 (Toán, 6A, Lan)"));
    }

    @Test
    @DisplayName("Ràng buộc cơ bản: trùng giờ của giáo viên, của lớp (kể cả hoạt động cả khối) và quá cuối ngày")
    void findsClashesOfTeachersAndClassesAndActivitiesPastTheEndOfTheDay() {
        String activities =
                activity(1, "Lan", "6A", 1) + activity(2, "Lan", "6B", 1) + activity(3, "Minh", "Khối 6", 2);
        FetDocument document = read(fet(activities, ""));

        CheckResult result = FetChecker.check(document, timetable(1, 0, 0, 2, 0, 0, 3, 0, 3));

        assertThat(result.violations())
                .extracting(Violation::description)
                .containsExactly(
                        "Giáo viên Lan có 2 hoạt động cùng lúc vào Thứ 2, T1: hoạt động 1 (Toán, 6A, Lan), hoạt động 2 (Toán, 6B, Lan)",
                        "Hoạt động 3 (Toán, Khối 6, Minh) bắt đầu Thứ 2, T4, dài 2 tiết, quá cuối ngày 1 tiết");
        CheckResult clash = FetChecker.check(document, timetable(1, 0, 0, 2, 1, 0, 3, 0, 0));
        assertThat(clash.violations())
                .extracting(Violation::description)
                .containsExactly(
                        "Lớp 6A có 2 hoạt động cùng lúc vào Thứ 2, T1: hoạt động 1 (Toán, 6A, Lan), hoạt động 3 (Toán, Khối 6, Minh)");
        assertThat(clash.summary()).isEqualTo("placed=3/3 hard_violations=1 soft_conflicts=0");
    }

    @Test
    void skipsInactiveActivitiesAndCountsUnplacedOnes() {
        String inactive = activity(3, "Lan", "6A", 1).replace("<Active>true</Active>", "<Active>false</Active>");
        FetDocument document = read(fet(activity(1, "Lan", "6A", 1) + activity(2, "Minh", "6B", 1) + inactive, ""));

        CheckResult result = FetChecker.check(document, timetable(1, 0, 0, 3, 0, 0));

        assertThat(result.summary()).isEqualTo("placed=1/2 hard_violations=0 soft_conflicts=0");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void refusesAPlacementOutsideTheWeek() {
        FetDocument document = read(fet(activity(1, "Lan", "6A", 1), ""));

        assertThatThrownBy(() -> FetChecker.check(document, timetable(1, 2, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Hoạt động Id=1 được xếp ngoài tuần: ngày 2, tiết 0");
    }
}
