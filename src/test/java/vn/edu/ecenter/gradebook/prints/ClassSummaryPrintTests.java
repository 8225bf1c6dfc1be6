package vn.edu.ecenter.gradebook.prints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("In bảng tổng hợp kết quả đánh giá của lớp")
class ClassSummaryPrintTests {

    @Autowired
    OfficialPrints prints;

    @Test
    @DisplayName(
            "Bảng học kỳ I: A4 nằm ngang, điểm từng môn, kết quả học tập, rèn luyện, ngày nghỉ; không có cột xét lên lớp")
    void printsTheFirstSemesterSheetWithoutDecisions() {
        byte[] pdf = prints.classSummary(PrintSamples.summary(SummaryPeriod.HK1));
        Samples.keep("tong-hop-hk1.pdf", pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.allLandscape()).isTrue();
        assertThat(PrintedPdf.allA4(pdf)).isTrue();
        assertThat(printed.text())
                .contains("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ", "Lớp: 10A1 - Học kỳ I - Năm học 2025-2026")
                // Header words wrap inside their narrow cells, and text extraction interleaves the wrapped lines.
                .contains("Điểm trung bình môn học", "Số ngày nghỉ", "Toán", "Tin học")
                .contains("Kết quả học tập", "Kết quả rèn luyện")
                .doesNotContain("Kết quả xét lên lớp", "Lên lớp", "Ở lại lớp")
                .doesNotContainIgnoringCase("null");
        assertThat(printed.lineOf("Lê Hoàng An")).contains("8,5 8,0 9,0 8,1 8,3 7,9 8,8 9,5 Tốt Tốt 2 0");
    }

    @Test
    @DisplayName("Bảng cả năm có cột xét lên lớp và bảng đếm theo mức")
    void printsTheYearSheetWithDecisionsAndTallies() {
        byte[] pdf = prints.classSummary(PrintSamples.summary(SummaryPeriod.CN));
        Samples.keep("tong-hop-cn.pdf", pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.allLandscape()).isTrue();
        assertThat(printed.text())
                .contains("Lớp: 10A1 - Cả năm - Năm học 2025-2026", "Kết quả xét lên lớp", "Tổng hợp: 2 học viên")
                .contains("GIÁO VIÊN CHỦ NHIỆM", "GIÁM ĐỐC", "Võ Văn Giám")
                .contains("Thành phố Hồ Chí Minh, ngày 25 tháng 5 năm 2026");
        assertThat(printed.lineOf("Lê Hoàng An")).endsWith("Tốt Tốt 2 0 Lên lớp");
        // A missing average (Sinh học) is an empty cell between 5,0 and 6,0.
        assertThat(printed.lineOf("Phạm Bình")).contains("4,5 5,0 3,0 5,5 4,0 5,0 6,0 Chưa đạt Đạt 12 40 Ở lại lớp");
        assertThat(printed.text().indexOf("Lê Hoàng An"))
                .isLessThan(printed.text().indexOf("Phạm Bình"));
    }
}
