package vn.edu.ecenter.gradebook.prints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("In sổ theo dõi và đánh giá học viên")
class AssessmentBookPrintTests {

    @Autowired
    OfficialPrints prints;

    @Test
    @DisplayName("Trang sổ in khổ A4 nằm ngang, tiếng Việt có dấu, điểm có dấu phẩy thập phân")
    void printsTheBookPageOnLandscapeA4InVietnamese() {
        byte[] pdf = prints.assessmentBook(PrintSamples.mathematicsPage(Semester.HK1));
        Samples.keep("so-theo-doi-hk1.pdf", pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.allLandscape()).isTrue();
        assertThat(PrintedPdf.allA4(pdf)).isTrue();
        assertThat(printed.text())
                .contains("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC VIÊN")
                .contains("Môn học: Toán - Lớp: 10A1 - Học kỳ I - Năm học 2025-2026")
                .contains("Giáo viên bộ môn: Trần Thị Bích")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                .contains("TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN LÊ QUÝ ĐÔN")
                .contains("ĐĐGgk", "ĐĐGck", "ĐTBmhk", "Nhận xét sự tiến bộ", "Tiến bộ rõ")
                .doesNotContain("ĐTBmcn")
                .doesNotContain("8.5");
        assertThat(printed.lineOf("Lê Hoàng An")).contains("01/01/2010 8,5 8,0 9,0 8,0 8,5 8,4");
        assertThat(printed.lineOf("Trần Thị Ánh")).contains("9,0 8,5 10,0 9,0 9,5 9,3");
    }

    @Test
    @DisplayName("Học viên xếp theo thứ tự danh sách lớp: tên, đệm, họ")
    void listsLearnersInClassListOrder() {
        String text = PrintedPdf.read(prints.assessmentBook(PrintSamples.mathematicsPage(Semester.HK1)))
                .text();

        assertThat(text.indexOf("1 Lê Hoàng An")).isPositive();
        assertThat(text.indexOf("Lê Hoàng An"))
                .isLessThan(text.indexOf("Nguyễn Văn An"))
                .isLessThan(text.indexOf("Trần Thị Ánh"));
        assertThat(text.indexOf("Nguyễn Văn An")).isLessThan(text.indexOf("Trần Thị Ánh"));
        assertThat(text.indexOf("Trần Thị Ánh")).isLessThan(text.indexOf("Phạm Bình"));
        assertThat(text).contains("4 Phạm Bình", "Sĩ số: 4 học viên");
    }

    @Test
    @DisplayName("Điểm chưa nhập in thành ô trống, không bao giờ in chữ null")
    void printsAMissingScoreAsAnEmptyCell() {
        PrintedPdf printed = PrintedPdf.read(prints.assessmentBook(PrintSamples.mathematicsPage(Semester.HK1)));

        // Phạm Bình: ĐĐGtx 6,0, (blank), 7,0, ĐĐGgk 5,5, ĐĐGck 6,5, no ĐTBmhk yet.
        assertThat(printed.lineOf("Phạm Bình").strip()).endsWith("05/05/2010 6,0 7,0 5,5 6,5");
        assertThat(printed.text()).doesNotContainIgnoringCase("null");
    }

    @Test
    @DisplayName("Trang học kỳ II có thêm cột điểm trung bình cả năm ĐTBmcn")
    void theSecondSemesterPagePrintsTheYearAverage() {
        PrintedPdf printed = PrintedPdf.read(prints.assessmentBook(PrintSamples.mathematicsPage(Semester.HK2)));

        assertThat(printed.text()).contains("Học kỳ II", "ĐTBmhk", "ĐTBmcn");
        assertThat(printed.lineOf("Trần Thị Ánh")).contains("9,3 9,1");
    }

    @Test
    @DisplayName("Môn đánh giá bằng nhận xét in Đ / CĐ")
    void aCommentOnlySubjectPrintsĐAndCĐ() {
        byte[] pdf = prints.assessmentBook(PrintSamples.commentOnlyPage());
        Samples.keep("so-theo-doi-nhan-xet.pdf", pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.lineOf("Lê Hoàng An")).contains("Đ Đ Đ Đ Đ");
        assertThat(printed.lineOf("Phạm Bình")).contains("CĐ Đ CĐ CĐ CĐ");
        assertThat(printed.text()).contains("Đ - Đạt, CĐ - Chưa đạt");
    }
}
