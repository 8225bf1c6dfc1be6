package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

@EcenterTest
@DisplayName("Trang sổ điểm: danh sách môn, bảng điểm tự lưu, rèn luyện, khóa sổ, điều chỉnh, nhật ký")
class GradebookPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    Gradebook gradebook;

    Book book;

    @BeforeEach
    void openClass() {
        book = fixture.open();
    }

    private Browser signedIn(Teacher teacher) {
        return Browser.signedIn(port, teacher.username(), TestAccounts.PASSWORD);
    }

    private String sheetPath() {
        return "/gradebook/classes/" + book.classId() + "/subjects/" + book.toan() + "/semesters/1";
    }

    @Test
    @DisplayName("Giáo viên thấy lớp và môn mình dạy; bảng điểm là lưới ô nhập có phiên bản, không có script nội tuyến")
    void theTeacherOpensTheGridOfTheirSubject() {
        Browser maths = signedIn(book.maths());
        Page index = maths.get("/gradebook");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.mainText())
                .contains(book.className(), "Toán", "Tin học")
                .doesNotContain("Lịch sử");

        Page sheet = maths.get(sheetPath());
        assertThat(sheet.status()).isEqualTo(200);
        Document page = sheet.document();
        assertThat(page.select("table.score-sheet tbody tr[data-learner]")).hasSize(3);
        assertThat(page.select("table.score-sheet tbody tr[data-learner]")
                        .first()
                        .select("input.score-cell"))
                .as("4 ĐĐGtx, ĐĐGgk, ĐĐGck")
                .hasSize(6);
        assertThat(page.select("input.score-cell").first().attr("data-version")).isEqualTo("0");
        assertThat(page.select("input.score-cell[readonly]")).isEmpty();
        assertThat(page.select("script:not([src])")).as("CSP: no inline script").isEmpty();
        // The script's address carries a content hash (/assets/js/gradebook-sheet-<hash>.js).
        assertThat(page.select("script[src^='/assets/js/gradebook-sheet']"))
                .singleElement()
                .satisfies(script ->
                        assertThat(maths.get(script.attr("src")).status()).isEqualTo(200));
    }

    @Test
    @DisplayName("Tự lưu từ trang (phiên đăng nhập, CSRF): ô được lưu, ĐTBmhk trả về khi đủ điểm; ô sai trả lỗi JSON")
    void theGridSavesEachCellThroughTheSession() {
        Browser maths = signedIn(book.maths());
        maths.get(sheetPath());
        String an = book.an().toString();
        Page saved = maths.putJson(
                sheetPath(),
                "[{\"learnerId\":\"" + an + "\",\"kind\":\"TX\",\"index\":1,\"value\":\"8,5\",\"version\":0}]",
                "X-CSRF-TOKEN",
                maths.csrfToken());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("cells").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(saved.json().get("cells").get(0).get("value").asString()).isEqualTo("8,5");

        Page refused = maths.putJson(
                sheetPath(),
                "[{\"learnerId\":\"" + an + "\",\"kind\":\"TX\",\"index\":2,\"value\":\"10,5\",\"version\":0}]",
                "X-CSRF-TOKEN",
                maths.csrfToken());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("ngoài thang điểm 10");

        Page withoutToken = maths.putJson(
                sheetPath(), "[{\"learnerId\":\"" + an + "\",\"kind\":\"TX\",\"index\":2,\"value\":\"9\"}]");
        assertThat(withoutToken.status()).as("CSRF").isEqualTo(403);

        Page reloaded = maths.get(sheetPath());
        assertThat(reloaded.document()
                        .select("tr[data-learner=" + an + "] input.score-cell")
                        .first()
                        .val())
                .isEqualTo("8,5");
        Page log = maths.get(sheetPath() + "/changes");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.mainText()).contains("Trần Văn An", "8,5");
    }

    @Test
    @DisplayName("GVCN ghi rèn luyện qua biểu mẫu; giám đốc khóa sổ, giáo viên gửi yêu cầu điều chỉnh, giám đốc duyệt")
    void conductLockAndCorrectionPages() {
        Browser homeroom = signedIn(book.homeroom());
        Page conduct = homeroom.get("/gradebook/classes/" + book.classId() + "/conduct/1");
        assertThat(conduct.status()).isEqualTo(200);
        Page savedConduct = homeroom.post(
                "/gradebook/classes/" + book.classId() + "/conduct/1",
                "level-" + book.an(),
                "TOT",
                "version-" + book.an(),
                "0");
        assertThat(savedConduct.status()).isEqualTo(302);
        assertThat(fixture.asDirector(() -> gradebook.conduct(book.classId(), 1))
                        .rows())
                .filteredOn(r -> r.learnerId().equals(book.an()))
                .singleElement()
                .satisfies(r -> assertThat(r.rating().name()).isEqualTo("TOT"));

        Browser maths = signedIn(book.maths());
        maths.get(sheetPath());
        maths.putJson(
                sheetPath(),
                "[{\"learnerId\":\"" + book.an() + "\",\"kind\":\"CK\",\"value\":\"4\"}]",
                "X-CSRF-TOKEN",
                maths.csrfToken());

        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        Page classBook = director.get("/gradebook/classes/" + book.classId());
        assertThat(classBook.status()).isEqualTo(200);
        Page locked = director.post("/gradebook/classes/" + book.classId() + "/semesters/1/lock");
        assertThat(locked.status()).isEqualTo(302);
        try {
            Page lockedSheet = maths.get(sheetPath());
            assertThat(lockedSheet.mainText()).contains("đã khóa sổ");
            assertThat(lockedSheet.document().select("input.score-cell[readonly]"))
                    .hasSize(18);
            assertThat(lockedSheet.document().select("form.correction-form")).hasSize(1);

            Page asked = maths.post(
                    sheetPath() + "/corrections",
                    "learnerId",
                    book.an().toString(),
                    "column",
                    "CK-1",
                    "value",
                    "5",
                    "reason",
                    "Cộng sót điểm câu 4");
            assertThat(asked.status()).isEqualTo(302);
            Page pending = director.get("/gradebook/corrections");
            assertThat(pending.mainText()).contains("Cộng sót điểm câu 4", "Trần Văn An");
            Correction correction = fixture.asDirector(() -> gradebook.pendingCorrections()).stream()
                    .filter(c -> c.classId().equals(book.classId()))
                    .findFirst()
                    .orElseThrow();
            Page approved = director.post("/gradebook/corrections/" + correction.id() + "/approve", "note", "Đồng ý");
            assertThat(approved.status()).isEqualTo(302);
            assertThat(approved.location()).isEqualTo("/gradebook/corrections");
            Page log = maths.get(sheetPath() + "/changes");
            assertThat(log.mainText()).contains("Cộng sót điểm câu 4", "5,0");
            assertThat(log.document().select("tr.after-lock")).hasSize(1);
        } finally {
            fixture.asDirector(() -> gradebook.unlock(book.classId(), 1));
        }
    }

    @Test
    @DisplayName("Xuất Excel từ trang tải về tệp .xlsx")
    void exportDownloadsAWorkbook() {
        Page export = signedIn(book.maths()).get(sheetPath() + "/export.xlsx");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains(".xlsx");
        assertThat(List.of(export.header("Content-Type")))
                .anySatisfy(type -> assertThat(type).contains("sheet"));
    }
}
