package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.TakenTests;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The results pages through the real server: the teacher's statistics and their Excel workbook, the ĐĐGtx transfer
 * from preview to outcome, essay marking, and the learner's own results before and after publication.
 */
@EcenterTest
@DisplayName("Trang kết quả bài kiểm tra: thống kê, Excel, chuyển điểm vào sổ, chấm tự luận, kết quả của học viên")
class TestResultsPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    TakenTests taken;

    Classroom room;

    @BeforeEach
    void classWithABank() {
        LocaleContextHolder.setLocale(Locale.of("vi"));
        room = classroom.classroom();
    }

    private Browser ha() {
        return Browser.signedIn(port, room.ha().username(), TestAccounts.PASSWORD);
    }

    @Test
    @DisplayName(
            "Trang kết quả cho giáo viên: điểm trung bình, phân tích câu hỏi; tệp Excel mở được, tiêu đề tiếng Việt")
    void theTeacherSeesTheStatisticsAndDownloadsThem() throws Exception {
        TestView test = taken.sums(room, false, 1);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        taken.take(room.binhLogin(), test.id(), TakenTests::halfRight);
        Browser teacher = ha();

        Page page = teacher.get("/assessment/tests/" + test.id() + "/results");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("dd.mean").text()).isEqualTo("7,50");
        assertThat(page.document().select("tr.question")).hasSize(4);
        assertThat(page.mainText()).contains("3 + 3 = ?", "Lê Văn An", "Phạm Thị Bình", "không xác định");
        assertThat(page.document()
                        .select("tr.learner[data-learner=" + room.binh() + "] td.counted")
                        .text())
                .isEqualTo("5,0");

        HttpResponse<byte[]> file = teacher.download("/assessment/tests/" + test.id() + "/results/export.xlsx");
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Tổng hợp");
            Sheet questions = workbook.getSheet("Câu hỏi");
            Row header = questions.getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Độ khó (p)");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Độ phân biệt");
            Row three = null;
            for (Row row : questions) {
                if (row.getCell(2) != null && "3 + 3 = ?".equals(row.getCell(2).getStringCellValue())) {
                    three = row;
                }
            }
            assertThat(three).isNotNull();
            assertThat(three.getCell(5).getNumericCellValue()).isEqualTo(0.5);
            assertThat(three.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            Row rightOption = questions.getRow(three.getRowNum() + 1);
            assertThat(rightOption.getCell(7).getStringCellValue()).isEqualTo("A");
            assertThat(rightOption.getCell(9).getStringCellValue()).isEqualTo("Đúng");
            assertThat(rightOption.getCell(10).getNumericCellValue()).isEqualTo(1.0);
            Sheet learners = workbook.getSheet("Học viên");
            assertThat(learners.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(learners.getPhysicalNumberOfRows()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("Chuyển điểm qua trang: xem trước điểm thang 10, xác nhận, trang kết quả báo đã ghi từng học viên")
    void theTeacherPreviewsAndConfirmsTheTransferOnThePages() {
        taken.approveAll(room);
        TestView test = taken.sums(room, true, 1);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        Browser teacher = ha();
        String path = "/assessment/tests/" + test.id() + "/transfer";

        Page preview = teacher.get(path + "?semester=1&column=1");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.document()
                        .select("tr.line[data-learner=" + room.an() + "] td.on-ten")
                        .text())
                .isEqualTo("10,0");
        assertThat(preview.mainText()).contains("Chưa làm bài: không ghi", "Xác nhận ghi 1 điểm vào sổ");

        Page confirmed = teacher.post(path, "semester", "1", "column", "1");

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).startsWith("/assessment/tests/" + test.id() + "/transfers/");
        Page outcome = teacher.get(confirmed.location());
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.document()
                        .select("tr.line[data-learner=" + room.an() + "]")
                        .attr("data-status"))
                .isEqualTo("WRITTEN");
        assertThat(outcome.mainText()).contains("Đã ghi 1");
    }

    @Test
    @DisplayName(
            "Học viên thấy «Đang chấm» đến khi giáo viên chấm tự luận trên trang và công bố; rồi thấy điểm từng câu")
    void theLearnerSeesMarkingUntilTheResultsArePublished() {
        taken.addEssay(room);
        TestView test = taken.withEssay(room);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        Browser an = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);

        Page before = an.get("/my/tests/results");

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.document().select("li.result .score").text()).isEqualTo("Đang chấm");
        String attempt = before.document().select("li.result").attr("data-attempt");

        Browser teacher = ha();
        Page marking = teacher.get("/assessment/attempts/" + attempt + "/marking");
        assertThat(marking.status()).isEqualTo(200);
        assertThat(marking.mainText()).contains("Nêu đúng công thức", "Tính đúng kết quả", "(x²)' = 2x");
        String question = marking.document().select("article.essay").attr("data-question");
        Page tooMuch =
                teacher.post("/assessment/attempts/" + attempt + "/marking/" + question, "points", "3", "points", "1");
        assertThat(teacher.get(tooMuch.location()).mainText()).contains("phải từ 0 đến 1");
        Page saved = teacher.post(
                "/assessment/attempts/" + attempt + "/marking/" + question,
                "points",
                "1",
                "points",
                "0,5",
                "comment",
                "Thiếu bước cuối.");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(teacher.get(saved.location()).mainText()).contains("Đã lưu điểm", "Đã chấm xong");
        assertThat(an.get("/my/tests/results")
                        .document()
                        .select("li.result .score")
                        .text())
                .isEqualTo("Đang chấm");

        Page published = teacher.post("/assessment/tests/" + test.id() + "/results/publish", "published", "true");
        assertThat(published.status()).isEqualTo(302);

        Page after = an.get("/my/tests/results");
        assertThat(after.document().select("li.result .score").text()).isEqualTo("3,50/4,00 điểm · thang 10: 8,8");
        Page details = an.get("/my/tests/attempts/" + attempt);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.mainText()).contains("1,50/2,00 điểm", "Nhận xét của giáo viên: Thiếu bước cuối.");
    }
}
