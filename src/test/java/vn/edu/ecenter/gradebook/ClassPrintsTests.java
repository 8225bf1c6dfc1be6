package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.gradebook.PrintableClass.Opened;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The class prints fed from the score book: the monitoring-and-assessment book of a subject (scores "8,5", dates of
 * birth, the year average on the học kỳ II page) for those who may read the sheet, and the học bạ of the whole class
 * as one background job for the director and the homeroom teacher, its page 1 filled from the learners' profiles.
 */
@EcenterTest
@DisplayName("In sổ theo dõi và đánh giá của môn học và học bạ cả lớp từ sổ điểm; quyền in")
class ClassPrintsTests {

    @LocalServerPort
    int port;

    @Autowired
    PrintableClass printable;

    @Autowired
    AcademicsFixture academicsFixture;

    Opened opened;
    Teacher outsider;

    @BeforeEach
    void openClass() {
        opened = printable.open(3);
        outsider = academicsFixture.teacherWithAccount("Võ Văn Lớp Khác");
    }

    private String book(String query) {
        return "/classes/" + opened.classId() + "/subjects/" + opened.subjects().get("TOAN") + "/book.pdf" + query;
    }

    @Test
    @DisplayName("Sổ theo dõi môn Toán (PDF) của giáo viên bộ môn: hai học kỳ, điểm 8,5, ngày sinh, ĐTBmcn")
    void printsTheBookOfASubjectFromTheScoreBook() throws Exception {
        var response = api("/api/v1/gradebook" + book(""), opened.teacher());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(java.net.URLDecoder.decode(
                        response.headers().firstValue("Content-Disposition").orElseThrow(), StandardCharsets.UTF_8))
                .contains("Sổ theo dõi và đánh giá - Toán - lớp " + opened.className());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        String text = text(response.body());
        assertThat(text)
                .contains("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC VIÊN", "Học kỳ I", "Học kỳ II", "ĐTBmcn")
                .contains("Trần Văn An", "Nguyễn Văn Học 2", "14/03/2009", "8,5")
                .doesNotContain("null", "8.5");

        String second = text(api("/api/v1/gradebook" + book("?semester=2"), opened.homeroom())
                .body());
        assertThat(second).contains("Học kỳ II", "ĐTBmcn", "8,5").doesNotContain("Học kỳ I -");
    }

    @Test
    @DisplayName("Sổ theo dõi: giáo viên không dạy, không chủ nhiệm lớp nhận 403; học kỳ 3 nhận 400")
    void refusesTheBookToTeachersWhoMayNotReadTheSheet() throws Exception {
        var refused = api("/api/v1/gradebook" + book(""), outsider);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Toán", opened.className());
        assertThat(api("/api/v1/gradebook" + book("?semester=3"), opened.teacher())
                        .statusCode())
                .isEqualTo(400);
        var page = Browser.signedIn(port, outsider.username(), TestAccounts.PASSWORD)
                .download("/gradebook" + book(""));
        assertThat(page.statusCode()).isEqualTo(403);
        var own = Browser.signedIn(port, opened.teacher().username(), TestAccounts.PASSWORD)
                .download("/gradebook" + book("?semester=1"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(text(own.body())).contains("8,5");
    }

    @Test
    @DisplayName(
            "Nút \"In học bạ cả lớp\" của GVCN: công việc chạy nền, tiến độ, tệp PDF có ngày sinh, nơi sinh, cha mẹ")
    void printsTheSchoolRecordsOfTheClassAsOneJobForTheHomeroomTeacher() throws Exception {
        Browser homeroom = Browser.signedIn(port, opened.homeroom().username(), TestAccounts.PASSWORD);
        assertThat(homeroom.get("/gradebook/classes/" + opened.classId()).body())
                .contains("In học bạ cả lớp");

        Page started = homeroom.post("/gradebook/classes/" + opened.classId() + "/hoc-ba");
        assertThat(started.status()).isEqualTo(302);
        String progress = started.location();
        assertThat(progress).startsWith("/gradebook/hoc-ba/");
        await().atMost(Duration.ofMinutes(2))
                .until(() -> homeroom.get(progress, "HX-Request", "true").body().contains("data-status=\"SUCCEEDED\""));
        Page done = homeroom.get(progress);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body())
                .contains("Đã in học bạ của 3 học viên lớp " + opened.className(), progress + "/file.pdf");

        HttpResponse<byte[]> file = homeroom.download(progress + "/file.pdf");
        assertThat(file.statusCode()).isEqualTo(200);
        String text = text(file.body());
        assertThat(text.toUpperCase(Locale.forLanguageTag("vi"))).contains("TRẦN VĂN AN", "NGUYỄN VĂN HỌC 2");
        assertThat(text)
                .contains("14/03/2009", "Bệnh viện Từ Dũ", "Kinh", "Nam", "Trần Văn Cha (cha)", "Phường Sài Gòn")
                .contains("Số đăng bộ (mã học sinh): " + opened.codes().getFirst())
                .contains(opened.className(), "8,5")
                .doesNotContain("null");

        // Another teacher sees neither the job's page nor its file.
        Browser other = Browser.signedIn(port, outsider.username(), TestAccounts.PASSWORD);
        assertThat(other.get(progress).status()).isEqualTo(403);
        assertThat(other.download(progress + "/file.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "In học bạ cả lớp: giáo viên bộ môn (không chủ nhiệm) nhận 403 ngay khi bắt đầu, không có công việc nào")
    void refusesTheClassPrintToATeacherWhoIsNotTheHomeroomTeacher() {
        Browser teacher = Browser.signedIn(port, opened.teacher().username(), TestAccounts.PASSWORD);
        assertThat(teacher.get("/gradebook/classes/" + opened.classId()).body()).doesNotContain("In học bạ cả lớp");

        Page refused = teacher.post("/gradebook/classes/" + opened.classId() + "/hoc-ba");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("Chỉ ban giám đốc và giáo viên chủ nhiệm lớp " + opened.className());
    }

    private HttpResponse<byte[]> api(String path, Teacher teacher) throws IOException, InterruptedException {
        return PrintDownloads.get(port, path, teacher);
    }

    private static String text(byte[] pdf) throws IOException {
        return PrintDownloads.text(pdf);
    }
}
