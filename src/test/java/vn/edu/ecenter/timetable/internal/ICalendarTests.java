package vn.edu.ecenter.timetable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Viết iCalendar: gập dòng 75 byte, CRLF, thoát ký tự")
class ICalendarTests {

    @Test
    @DisplayName("Dòng dài tiếng Việt được gập ở 75 byte, không cắt đôi ký tự, dòng tiếp bắt đầu bằng dấu cách")
    void foldsLongVietnameseLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String value = "Giáo dục quốc phòng và an ninh – lớp 10A1, phòng thực hành Tin học số 2 (tầng ba, nhà B)";
        String written = new ICalendar().text("SUMMARY", value).toString();

        assertThat(written).endsWith("\r\n");
        String[] lines = written.substring(0, written.length() - 2).split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(73);
        String unfolded = written.replace("\r\n ", "").replace("\r\n", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + ICalendar.escape(value));
    }

    @Test
    @DisplayName("Dấu phẩy, chấm phẩy, gạch chéo ngược và xuống dòng được thoát trong giá trị TEXT")
    void escapesTextValues() {
        assertThat(ICalendar.escape("Toán; Lý, Hóa\\Sinh\nGV: Hà")).isEqualTo("Toán\\; Lý\\, Hóa\\\\Sinh\\nGV: Hà");
    }

    @Test
    @DisplayName("Giờ địa phương có TZID; UNTIL theo giờ UTC")
    void writesLocalTimesWithTheirZoneAndUtcTimes() {
        String written = new ICalendar()
                .local("DTSTART", LocalDateTime.of(2026, 9, 7, 7, 0))
                .toString();

        assertThat(written).isEqualTo("DTSTART;TZID=Asia/Ho_Chi_Minh:20260907T070000\r\n");
        assertThat(ICalendar.utc(LocalDate.of(2027, 5, 31)
                        .atTime(23, 59, 59)
                        .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toInstant()))
                .isEqualTo("20270531T165959Z");
    }
}
