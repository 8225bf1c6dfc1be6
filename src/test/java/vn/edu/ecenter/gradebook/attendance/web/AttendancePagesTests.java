package vn.edu.ecenter.gradebook.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** The attendance pages through the real server: the teacher's day, the month and its Excel, the learner's own. */
@EcenterTest
@DisplayName("Trang điểm danh: ngày, tháng, Excel và chuyên cần của học viên")
class AttendancePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AttendanceFixture fixture;

    AttendanceFixture.SchoolClass schoolClass;
    UUID an;
    UUID binh;
    LocalDate day;

    @BeforeEach
    void aClassOfTwo() {
        schoolClass = fixture.schoolClass("Nguyễn Văn An", "Trần Thị Bình");
        an = schoolClass.learner("Nguyễn Văn An");
        binh = schoolClass.learner("Trần Thị Bình");
        day = fixture.lastSchoolDay();
    }

    private Browser homeroom() {
        return Browser.signedIn(port, schoolClass.homeroom().username(), TestAccounts.PASSWORD);
    }

    private String dayPath() {
        return "/attendance/classes/" + schoolClass.id() + "/days/" + day;
    }

    private String monthPath() {
        return "/attendance/classes/" + schoolClass.id() + "/months/" + YearMonth.from(day);
    }

    @Test
    @DisplayName("GVCN thấy lớp mình chủ nhiệm trong danh sách điểm danh")
    void teacherSeesTheirClasses() {
        Page page = homeroom().get("/attendance");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains(schoolClass.view().name()).contains("Chủ nhiệm");
    }

    @Test
    @DisplayName("Trang ngày: mọi học viên mặc định có mặt; lưu xong quay lại trang ngày với số học viên vắng")
    void teacherTakesTheDayOnThePage() {
        Browser teacher = homeroom();
        Page form = teacher.get(dayPath());
        assertThat(form.status()).isEqualTo(200);
        List<Element> rows = form.document().select("li.attendance-row");
        assertThat(rows)
                .extracting(row -> row.selectFirst("strong").text())
                .containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(form.document().select("input[name=s." + an + "][checked]").attr("value"))
                .isEqualTo("PRESENT");
        assertThat(form.document().select("script[src*=/js/attendance]")).hasSize(1);
        assertThat(form.body()).doesNotContain("onclick=").doesNotContain("<script>");

        Page saved = teacher.post(dayPath(), "session", "MORNING", "s." + an, "UNEXCUSED", "s." + binh, "PRESENT");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo(dayPath());
        Page after = teacher.get(dayPath());
        assertThat(after.mainText())
                .contains("Đã lưu điểm danh lớp " + schoolClass.view().name())
                .contains("1 học viên vắng");
        assertThat(after.document().select("input[name=s." + an + "][checked]").attr("value"))
                .isEqualTo("UNEXCUSED");
        assertThat(fixture.rows(schoolClass.id())).isEqualTo(2);
    }

    @Test
    @DisplayName("Trang ngày: học viên không thuộc lớp bị từ chối, không lưu gì, lựa chọn của giáo viên được giữ")
    void rejectedDayKeepsTheTeachersChoices() {
        UUID stranger = fixture.academics().learner("Phạm Văn Lạ");

        Page page = homeroom().post(dayPath(), "s." + an, "EXCUSED", "s." + stranger, "PRESENT");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText())
                .contains("Chưa lưu điểm danh")
                .contains("Phạm Văn Lạ")
                .contains("không học lớp");
        assertThat(page.document().select("input[name=s." + an + "][checked]").attr("value"))
                .isEqualTo("EXCUSED");
        assertThat(fixture.rows(schoolClass.id())).isZero();
    }

    @Test
    @DisplayName(
            "Trang ngày: người khác vừa sửa trạng thái sau khi mở trang thì không ghi đè; trang nêu học viên, trạng"
                    + " thái hiện tại, và lưu lại được sau khi xem")
    void aStatusChangedMeanwhileIsShownNotOverwritten() {
        Browser browser = homeroom();
        Page form = browser.get(dayPath());
        String seen = form.document().select("input[name=seen." + an + "]").attr("value");
        assertThat(seen).isEqualTo("NONE");
        Browser teacher = Browser.signedIn(port, schoolClass.subjectTeacher().username(), TestAccounts.PASSWORD);
        teacher.post(dayPath(), "s." + an, "EXCUSED", "seen." + an, "NONE", "s." + binh, "PRESENT");

        Page stale = browser.post(dayPath(), "s." + an, "UNEXCUSED", "seen." + an, seen, "s." + binh, "PRESENT");

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.mainText()).contains("Nguyễn Văn An", "Vắng có phép", "sau khi bạn mở trang");
        assertThat(stale.document().select("input[name=seen." + an + "]").attr("value"))
                .isEqualTo("EXCUSED");
        Page again = browser.post(dayPath(), "s." + an, "UNEXCUSED", "seen." + an, "EXCUSED", "s." + binh, "PRESENT");
        assertThat(again.status()).isEqualTo(302);
    }

    @Test
    @DisplayName("Giáo viên lớp khác không mở được trang ngày của lớp")
    void otherTeacherIsRefused() {
        Browser outsider = Browser.signedIn(port, schoolClass.outsider().username(), TestAccounts.PASSWORD);

        assertThat(outsider.get(dayPath()).status()).isEqualTo(403);
        assertThat(outsider.post(dayPath(), "s." + an, "EXCUSED").status()).isEqualTo(403);
        assertThat(fixture.rows(schoolClass.id())).isZero();
    }

    @Test
    @DisplayName("Tổng hợp tháng và file Excel: ký hiệu P, K, M và số ngày nghỉ, mở được bằng Apache POI")
    void monthPageAndItsExcel() throws Exception {
        Browser teacher = homeroom();
        teacher.post(dayPath(), "s." + an, "UNEXCUSED", "s." + binh, "LATE");

        Page month = teacher.get(monthPath());
        assertThat(month.status()).isEqualTo(200);
        List<Element> rows = month.document().select(".attendance-grid tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().text()).contains("Nguyễn Văn An").contains("K");

        HttpResponse<byte[]> excel = teacher.download(monthPath() + "/export.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Điểm danh lớp " + schoolClass.view().name() + " – tháng "
                            + String.format("%02d/%d", day.getMonthValue(), day.getYear()));
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("STT", "Mã HV", "Họ và tên").endsWith("Nghỉ cả năm (ngày)");
            int column = headers.indexOf(dayHeader());
            assertThat(column).as("column of %s in %s", dayHeader(), headers).isPositive();
            Row first = sheet.getRow(2);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(first.getCell(column).getStringCellValue()).isEqualTo("K");
            assertThat(sheet.getRow(3).getCell(column).getStringCellValue()).isEqualTo("M");
            assertThat(first.getCell(headers.size() - 1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(headers.indexOf("Không phép (ngày)")).getNumericCellValue())
                    .isEqualTo(1.0);
        }
    }

    private String dayHeader() {
        String weekday =
                switch (day.getDayOfWeek()) {
                    case MONDAY -> "T2";
                    case TUESDAY -> "T3";
                    case WEDNESDAY -> "T4";
                    case THURSDAY -> "T5";
                    case FRIDAY -> "T6";
                    case SATURDAY -> "T7";
                    case SUNDAY -> "CN";
                };
        return weekday + " " + String.format("%02d", day.getDayOfMonth());
    }

    @Test
    @DisplayName("Học viên xem chuyên cần của mình trên trang riêng")
    void learnerSeesOwnAttendancePage() {
        homeroom().post(dayPath(), "s." + an, "EXCUSED", "s." + binh, "PRESENT");
        String account = fixture.learnerAccount(an);

        Page page = Browser.signedIn(port, account, TestAccounts.PASSWORD).get("/my/attendance");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText())
                .contains("Nguyễn Văn An")
                .contains("Đã nghỉ 1/45 ngày")
                .contains("Vắng có phép")
                .doesNotContain("Trần Thị Bình");
    }
}
