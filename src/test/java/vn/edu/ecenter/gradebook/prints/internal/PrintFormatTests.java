package vn.edu.ecenter.gradebook.prints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
import vn.edu.ecenter.gradebook.rules.CommentLevel;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.Score;

@DisplayName("Cách biểu mẫu chính thức viết số, ngày và kết quả")
class PrintFormatTests {

    final PrintFormat format = new PrintFormat(messages());

    @ParameterizedTest(name = "{0} in ra \"{1}\"")
    @CsvSource({"8.5, '8,5'", "8, '8,0'", "10, '10,0'", "0, '0,0'", "6.3, '6,3'"})
    @DisplayName("Điểm in dấu phẩy thập phân và luôn một chữ số thập phân")
    void printsScoresWithADecimalCommaAndOneDecimal(String score, String printed) {
        assertThat(format.mark(Score.of(score))).isEqualTo(printed);
    }

    @Test
    @DisplayName("Điểm chưa nhập in thành chuỗi rỗng; môn nhận xét in Đ / CĐ")
    void printsBlanksAsNothingAndCommentLevelsAbbreviated() {
        assertThat(format.mark(null)).isEmpty();
        assertThat(format.mark(CommentLevel.DAT)).isEqualTo("Đ");
        assertThat(format.mark(CommentLevel.CHUA_DAT)).isEqualTo("CĐ");
        assertThat(format.text(null)).isEmpty();
        assertThat(format.date(null)).isEmpty();
        assertThat(format.rating(null)).isEmpty();
        assertThat(format.decision(null)).isEmpty();
        assertThat(format.sex(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in ra \"{1}\"")
    @CsvSource({"6.25, '6,25'", "7, '7,00'", "6.245, '6,25'", "6.244, '6,24'", "8.1666, '8,17'"})
    @DisplayName("Điểm trung bình xét tốt nghiệp in hai chữ số thập phân, làm tròn nửa lên")
    void printsGraduationAveragesWithTwoDecimals(String value, String printed) {
        assertThat(format.twoDecimals(new BigDecimal(value))).isEqualTo(printed);
        assertThat(format.twoDecimals(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: ngày {1} tháng {2} năm {3}")
    @CsvSource({
        "2025-09-05, 05, 9, 2025",
        "2026-01-15, 15, 01, 2026",
        "2026-02-01, 01, 02, 2026",
        "2026-03-09, 09, 3, 2026",
        "2025-12-31, 31, 12, 2025"
    })
    @DisplayName("Ngày ký: số 0 trước ngày 1–9 và tháng 1, 2 (NĐ 30/2020)")
    void writesTheDateOfSigningWithTheLeadingZerosOfDecree30(LocalDate date, String day, String month, String year) {
        assertThat(format.day(date)).isEqualTo(day);
        assertThat(format.month(date)).isEqualTo(month);
        assertThat(format.year(date)).isEqualTo(year);
        assertThat(format.day(null)).isEqualTo(PrintFormat.BLANK);
    }

    @Test
    @DisplayName("Chữ in hoa giữ nguyên dấu tiếng Việt; kết quả in tên tiếng Việt")
    void keepsVietnameseLettersInCapitalsAndNamesResults() {
        assertThat(format.upper("Trung tâm Giáo dục thường xuyên Lê Quý Đôn"))
                .isEqualTo("TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN LÊ QUÝ ĐÔN");
        assertThat(format.date(LocalDate.of(2010, 1, 5))).isEqualTo("05/01/2010");
        assertThat(format.rating(Rating.CHUA_DAT)).isEqualTo("Chưa đạt");
        assertThat(format.decision(Decision.REN_LUYEN_HE)).isEqualTo("Rèn luyện trong kỳ nghỉ hè");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        Locale vi = PrintFormat.VIETNAMESE;
        messages.addMessage("gradebook.rating.CHUA_DAT", vi, "Chưa đạt");
        messages.addMessage("gradebook.decision.REN_LUYEN_HE", vi, "Rèn luyện trong kỳ nghỉ hè");
        return messages;
    }
}
