package vn.edu.ecenter.academics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.academics.CalendarDay;
import vn.edu.ecenter.academics.DemoCalendar;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;

@DisplayName("Tuần học của năm học 2026–2027")
class TeachingCalendarTests {

    static final SchoolYearView YEAR = new SchoolYearView(
            UUID.randomUUID(),
            "2026-2027",
            LocalDate.of(2026, 9, 5),
            LocalDate.of(2027, 5, 31),
            true,
            List.of(
                    new SemesterView(1, LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 16), 18),
                    new SemesterView(2, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 29), 17)));

    static final TeachingCalendar CALENDAR = new TeachingCalendar(
            YEAR, DemoCalendar.days2026().stream().collect(Collectors.toMap(CalendarDay::day, Function.identity())));

    @ParameterizedTest(name = "{0} → HK{1} tuần {2} (tuần {3} của năm), ngày học: {4}")
    @CsvSource({
        "2026-09-07, 1, 1, 1, true", // first day of semester I, Monday
        "2026-09-12, 1, 1, 1, true", // Saturday of week 1
        "2026-09-13, 1, 1, 1, false", // Sunday
        "2026-09-14, 1, 2, 2, true",
        "2027-01-01, 1, 17, 17, false", // Tết Dương lịch
        "2027-01-16, 1, 19, 19, true", // last day of semester I
        "2027-01-18, 2, 1, 20, true", // semester II starts
        "2027-02-22, 2, 4, 23, true", // after the Tết break (two weeks not counted)
    })
    @DisplayName("Số tuần học, bỏ qua tuần nghỉ Tết")
    void weekNumbers(LocalDate date, int semester, int week, int weekOfYear, boolean schoolDay) {
        var teaching = CALENDAR.weekOf(date).orElseThrow();
        assertThat(teaching.semester()).isEqualTo(semester);
        assertThat(teaching.week()).isEqualTo(week);
        assertThat(teaching.weekOfYear()).isEqualTo(weekOfYear);
        assertThat(teaching.schoolDay()).isEqualTo(schoolDay);
    }

    @ParameterizedTest(name = "{0} không thuộc tuần học nào")
    @CsvSource({"2026-09-01", "2027-02-08", "2027-02-10", "2027-06-15"})
    @DisplayName("Ngoài học kỳ hoặc trong tuần nghỉ trọn")
    void noTeachingWeek(LocalDate date) {
        assertThat(CALENDAR.weekOf(date)).isEmpty();
    }

    @ParameterizedTest(name = "{0} là ngày học: {1}")
    @CsvSource({"2026-11-20, true", "2027-04-30, false", "2027-05-01, false", "2026-09-13, false", "2027-05-09, true"})
    @DisplayName("Ngày nghỉ lễ và ngày học bù")
    void schoolDays(LocalDate date, boolean schoolDay) {
        assertThat(CALENDAR.isSchoolDay(date)).isEqualTo(schoolDay);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("Mọi ngày lễ của năm demo được đánh dấu là giả định")
    void demoDaysAreAssumptions() {
        assertThat(DemoCalendar.days2026()).allMatch(CalendarDay::assumption);
        Map<LocalDate, CalendarDay> byDay = CALENDAR.marked();
        assertThat(byDay.get(LocalDate.of(2027, 2, 6)).name()).contains("Tết Nguyên đán");
    }
}
