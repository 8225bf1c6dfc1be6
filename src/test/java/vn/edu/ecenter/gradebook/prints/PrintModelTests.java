package vn.edu.ecenter.gradebook.prints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.gradebook.rules.Semester;

@DisplayName("Mô hình các biểu mẫu in")
class PrintModelTests {

    @Test
    @DisplayName("Dòng thiếu điểm ĐĐGtx cuối được bổ sung ô trống cho đủ số cột")
    void padsMissingRegularScoresWithBlanks() {
        var page = new AssessmentBookPage(
                PrintSamples.CENTRE,
                "2025-2026",
                "10A1",
                "Toán",
                Semester.HK1,
                false,
                4,
                null,
                List.of(new AssessmentBookPage.Line(
                        PrintSamples.learner("HV001", "Lê Hoàng An", LocalDate.of(2010, 1, 1)),
                        PrintSamples.scores("8.0"),
                        null,
                        null,
                        null,
                        null,
                        null)));

        assertThat(page.lines().getFirst().regular())
                .hasSize(4)
                .containsExactly(PrintSamples.score("8.0"), null, null, null);
    }

    @Test
    @DisplayName("Nhiều điểm ĐĐGtx hơn số cột của trang là lỗi của bên cấp dữ liệu")
    void refusesMoreRegularScoresThanColumns() {
        var line = new AssessmentBookPage.Line(
                PrintSamples.learner("HV001", "Lê Hoàng An", LocalDate.of(2010, 1, 1)),
                PrintSamples.scores("8.0", "7.0", "6.0"),
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> new AssessmentBookPage(
                        PrintSamples.CENTRE, "2025-2026", "10A1", "Toán", Semester.HK1, false, 2, null, List.of(line)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 values for 2 columns");
    }

    @Test
    @DisplayName("Học bạ chỉ có các năm lớp 10, 11, 12, xếp theo năm học")
    void keepsSchoolYearsInOrderAndOnlyGradesTenToTwelve() {
        var record = PrintSamples.schoolRecord("HV001", "Lê Hoàng An", 3);
        var shuffled = new SchoolRecord(
                record.centre(),
                record.learner(),
                null,
                record.openedOn(),
                record.director(),
                List.of(
                        record.years().get(2),
                        record.years().get(0),
                        record.years().get(1)));

        assertThat(shuffled.years()).extracting(SchoolRecordYear::grade).containsExactly(10, 11, 12);
        assertThatThrownBy(() -> PrintSamples.year(9, 2024)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Bảng tổng hợp đếm học viên theo từng mức")
    void talliesLearnersByLevel() {
        var sheet = PrintSamples.summary(SummaryPeriod.CN);

        assertThat(sheet.learningCount(vn.edu.ecenter.gradebook.rules.Rating.TOT))
                .isEqualTo(1);
        assertThat(sheet.learningCount(vn.edu.ecenter.gradebook.rules.Rating.CHUA_DAT))
                .isEqualTo(1);
        assertThat(sheet.decisionCount(vn.edu.ecenter.gradebook.rules.Decision.O_LAI_LOP))
                .isEqualTo(1);
        assertThat(sheet.lines()).extracting(line -> line.learner().code()).containsExactly("HV001", "HV005");
    }
}
