package vn.edu.ecenter.gradebook.prints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("In học bạ của một học viên")
class SchoolRecordPrintTests {

    @Autowired
    OfficialPrints prints;

    @Test
    @DisplayName("Học bạ lớp 10–12: trang đầu và một trang mỗi năm học, khổ A4 đứng")
    void printsTheFirstPageAndOnePagePerYearInPortrait() {
        byte[] pdf = prints.schoolRecord(PrintSamples.schoolRecord("HV001", "Nguyễn Thị Ánh Tuyết", 3));
        Samples.keep("hoc-ba.pdf", pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.pages()).isEqualTo(4);
        assertThat(printed.allPortrait()).isTrue();
        assertThat(PrintedPdf.allA4(pdf)).isTrue();
        assertThat(printed.text())
                .contains(
                        "HỌC BẠ", "GIÁO DỤC THƯỜNG XUYÊN CẤP TRUNG HỌC PHỔ THÔNG", "Số đăng bộ (mã học sinh): 12/2025")
                .contains("NGUYỄN THỊ ÁNH TUYẾT", "15/01/2010", "Nữ", "Quận 3, Thành phố Hồ Chí Minh", "Kinh")
                .contains("079310001234", "Phường Bàn Cờ", "Nguyễn Văn Bình (cha)", "Ảnh 3x4")
                .contains("Thành phố Hồ Chí Minh, ngày 05 tháng 9 năm 2025")
                .contains("Lớp: 10A1 - Năm học: 2025-2026")
                .contains("Lớp: 11A1 - Năm học: 2026-2027")
                .contains("Lớp: 12A1 - Năm học: 2027-2028")
                .contains("Kết quả rèn luyện Tốt Tốt Tốt", "Kết quả học tập Khá Khá Khá")
                .contains("Tổng số ngày nghỉ học cả năm: 4 (có phép: 3, không phép: 1)")
                .contains("Kết quả xét lên lớp: Lên lớp")
                .contains("Chăm ngoan, có ý thức tự học.", "GIÁO VIÊN CHỦ NHIỆM", "(Ký, ghi rõ họ tên và đóng dấu)")
                .doesNotContainIgnoringCase("null");
        assertThat(printed.lineOf("Chăm chỉ, tiến bộ")).contains("Toán 8,5 8,0 8,2");
    }

    @Test
    @DisplayName("Điểm trung bình cả năm xét tốt nghiệp in hai chữ số thập phân: 6,25")
    void printsTheGraduationAverageWithTwoDecimals() {
        String text = PrintedPdf.read(prints.schoolRecord(PrintSamples.schoolRecord("HV001", "Lê Hoàng An", 1)))
                .text();

        assertThat(text).contains("Điểm trung bình cả năm (xét công nhận tốt nghiệp): 6,25");
    }

    @Test
    @DisplayName("Môn đánh giá bằng nhận xét in Đ; điểm còn thiếu để trống")
    void printsCommentLevelsAndLeavesMissingAveragesBlank() {
        PrintedPdf printed = PrintedPdf.read(prints.schoolRecord(PrintSamples.schoolRecord("HV001", "Lê Hoàng An", 1)));

        assertThat(printed.lineOf("Giáo dục quốc phòng")).contains("Đ Đ Đ");
        assertThat(printed.lineOf("Ngữ văn").strip()).isEqualTo("Ngữ văn 6,0 Lê Văn Cường");
    }

    @Test
    @DisplayName("Thông tin còn trống trên trang đầu in thành dòng trống, ngày ký chưa có in dấu chấm để viết tay")
    void blankParticularsPrintAsEmptyLines() {
        var learner = new LearnerParticulars(
                "HV009", PersonName.parse("Đặng Minh An"), null, null, null, null, null, null, null, null);
        var record = new SchoolRecord(
                PrintSamples.CENTRE,
                learner,
                null,
                LocalDate.of(2025, 9, 5),
                Signature.blank(Signer.DIRECTOR),
                List.of(new SchoolRecordYear(
                        10,
                        "10A2",
                        "2025-2026",
                        List.of(),
                        Ratings.none(),
                        Ratings.none(),
                        0,
                        0,
                        null,
                        null,
                        null,
                        Signature.blank(Signer.HOMEROOM_TEACHER),
                        Signature.blank(Signer.DIRECTOR),
                        null)));

        PrintedPdf printed = PrintedPdf.read(prints.schoolRecord(record));

        assertThat(printed.pages()).isEqualTo(2);
        assertThat(printed.text())
                .contains("ĐẶNG MINH AN", "Thành phố Hồ Chí Minh, ngày .... tháng .... năm ....")
                .doesNotContain("Số đăng bộ", "xét công nhận tốt nghiệp")
                .doesNotContainIgnoringCase("null");
    }
}
