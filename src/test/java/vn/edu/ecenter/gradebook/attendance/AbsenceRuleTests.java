package vn.edu.ecenter.gradebook.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.RuleSets;
import vn.edu.ecenter.gradebook.rules.YearStanding;

@DisplayName("Đếm ngày nghỉ học so với giới hạn 45 ngày (TT 43/2021 Điều 11)")
class AbsenceRuleTests {

    private static AbsenceRule rule(String daysPerSession, int latesPerAbsenceDay) {
        return new AbsenceRule(new BigDecimal(daysPerSession), latesPerAbsenceDay, 35, 45, 45);
    }

    /** "3U 3E 4L": day of November 2026 and status (P, E, U, L) of one session each. */
    private static List<AbsenceRule.Mark> marks(String text) {
        List<AbsenceRule.Mark> marks = new ArrayList<>();
        for (String mark : text.strip().split("\\s+")) {
            if (mark.isEmpty()) {
                continue;
            }
            int day = Integer.parseInt(mark.substring(0, mark.length() - 1));
            AttendanceStatus status =
                    switch (mark.charAt(mark.length() - 1)) {
                        case 'P' -> AttendanceStatus.PRESENT;
                        case 'E' -> AttendanceStatus.EXCUSED;
                        case 'U' -> AttendanceStatus.UNEXCUSED;
                        case 'L' -> AttendanceStatus.LATE;
                        default -> throw new IllegalArgumentException(mark);
                    };
            marks.add(new AbsenceRule.Mark(LocalDate.of(2026, 11, day), status));
        }
        return marks;
    }

    @ParameterizedTest(
            name =
                    "{0} ngày/buổi, {1} lần muộn = 1 ngày, buổi: [{2}] → có phép {3}, không phép {4}, tổng {5}, muộn {6}")
    @CsvSource({
        // one session a day (GDTX): a missed session is the day; có phép and không phép both count; late is not absent
        "1,   0, '',                      0,   0,   0,   0",
        "1,   0, '2P 3P',                 0,   0,   0,   0",
        "1,   0, '2E',                    1,   0,   1,   0",
        "1,   0, '2U',                    0,   1,   1,   0",
        "1,   0, '2L',                    0,   0,   0,   1",
        "1,   0, '2E 3U 4L 5P',           1,   1,   2,   1",
        // a date counts at most one day, không phép first
        "1,   0, '2U 2U',                 0,   1,   1,   0",
        "1,   0, '2U 2E',                 0,   1,   1,   0",
        "1,   0, '2E 2E 3E',              2,   0,   2,   0",
        // a session as a half-day (centres with two sessions a day)
        "0.5, 0, '2U',                    0,   0.5, 0.5, 0",
        "0.5, 0, '2U 2U',                 0,   1,   1,   0",
        "0.5, 0, '2U 2E',                 0.5, 0.5, 1,   0",
        "0.5, 0, '2E 3E 4E',              1.5, 0,   1.5, 0",
        "0.5, 0, '2U 2L',                 0,   0.5, 0.5, 1",
        // late arrivals turned into days không phép only when the centre says so
        "1,   0, '2L 3L 4L 5L 6L 7L 9L',  0,   0,   0,   7",
        "1,   3, '2L 3L 4L 5L 6L 7L 9L',  0,   2,   2,   7",
        "1,   3, '2L 3L 2U',              0,   1,   1,   2",
    })
    @DisplayName("Vắng có phép, không phép, nửa ngày và đi muộn")
    void countsDaysAbsent(
            String daysPerSession,
            int latesPerAbsenceDay,
            String sessions,
            String excused,
            String unexcused,
            String total,
            int lates) {
        AbsenceCount count = rule(daysPerSession, latesPerAbsenceDay).count(marks(sessions));

        assertThat(count.excused()).isEqualByComparingTo(excused);
        assertThat(count.unexcused()).isEqualByComparingTo(unexcused);
        assertThat(count.total()).isEqualByComparingTo(total);
        assertThat(count.lates()).isEqualTo(lates);
        assertThat(count.limit()).isEqualTo(45);
    }

    @ParameterizedTest(name = "{0} ngày → {1}")
    @CsvSource({
        "0,    NORMAL",
        "34,   NORMAL",
        "34.5, NORMAL",
        "35,   WARNING",
        "44.5, WARNING",
        "45,   ALERT",
        "45.5, OVER_LIMIT",
        "46,   OVER_LIMIT",
    })
    @DisplayName("Mức cảnh báo: vàng từ 35 ngày, đỏ từ 45 ngày, quá giới hạn trên 45 ngày")
    void levelsTheDays(String days, AbsenceLevel level) {
        assertThat(rule("1", 0).level(new BigDecimal(days))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} ngày/buổi, vắng {1} buổi → {2} ngày, xét lên lớp với {3} ngày: {4}")
    @CsvSource({
        "1,   45, 45,   45, LEN_LOP",
        "1,   46, 46,   46, O_LAI_LOP",
        "0.5, 90, 45,   45, LEN_LOP",
        "0.5, 91, 45.5, 46, O_LAI_LOP",
    })
    @DisplayName("45 ngày vẫn lên lớp, 46 ngày (hay 45,5) ở lại lớp, qua bộ quy tắc TT 43/2021")
    void decidesPromotionWithTheRuleSet(
            String daysPerSession, int missedSessions, String total, int forPromotion, Decision decision) {
        // Two sessions a date when a session is a half-day, one session a date otherwise.
        int perDay = daysPerSession.equals("1") ? 1 : 2;
        List<AbsenceRule.Mark> marks = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 9, 7);
        for (int i = 0; i < missedSessions; i++) {
            marks.add(new AbsenceRule.Mark(day.plusDays(i / perDay), AttendanceStatus.UNEXCUSED));
        }

        AbsenceCount count = rule(daysPerSession, 0).count(marks);

        assertThat(count.total()).isEqualByComparingTo(total);
        assertThat(count.daysForPromotion()).isEqualTo(forPromotion);
        assertThat(count.overLimit()).isEqualTo(decision == Decision.O_LAI_LOP);
        assertThat(RuleSets.TT_43_2021.decide(YearStanding.atYearEnd(Rating.TOT, Rating.TOT, count.daysForPromotion())))
                .isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource({"0, 0", "3, 3", "0.5, '0,5'", "12.50, '12,5'", "45.0, 45"})
    @DisplayName("Số ngày viết theo kiểu Việt Nam: dấu phẩy, không số 0 thừa")
    void writesDaysTheVietnameseWay(String days, String text) {
        assertThat(AbsenceCount.text(new BigDecimal(days))).isEqualTo(text);
    }

    @Test
    @DisplayName("Chỉ nhận 1 hoặc 0,5 ngày cho một buổi vắng và các mức cảnh báo theo thứ tự")
    void refusesOtherSettings() {
        assertThatThrownBy(() -> rule("0.25", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("2", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AbsenceRule(BigDecimal.ONE, -1, 35, 45, 45))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AbsenceRule(BigDecimal.ONE, 0, 46, 45, 45))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(AttendanceStatus.values()).filter(AttendanceStatus::absent))
                .containsExactly(AttendanceStatus.EXCUSED, AttendanceStatus.UNEXCUSED);
    }
}
