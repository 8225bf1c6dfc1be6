package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.gradebook.PrintableClass.Opened;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

@EcenterTest
@DisplayName("Nhận xét qua API và trang web, in trong sổ theo dõi và trong học bạ")
class RemarkPrintsTests {

    @LocalServerPort
    int port;

    @Autowired
    PrintableClass printable;

    Opened opened;
    UUID an;
    String sheet;

    @BeforeEach
    void openClass() {
        opened = printable.open(2);
        an = opened.learners().getFirst();
        sheet = "/gradebook/classes/" + opened.classId() + "/subjects/"
                + opened.subjects().get("TOAN") + "/semesters/1";
    }

    private Browser teacher() {
        return Browser.signedIn(port, opened.teacher().username(), TestAccounts.PASSWORD);
    }

    private Browser homeroom() {
        return Browser.signedIn(port, opened.homeroom().username(), TestAccounts.PASSWORD);
    }

    private Page putJson(Teacher who, String path, String json) {
        return Browser.at(port).putJson(path, json, "Authorization", PrintDownloads.bearer(port, who));
    }

    @Test
    @DisplayName("API: giáo viên ghi nhận xét môn, GVCN ghi nhận xét cả năm; dữ liệu sai trả 400 nêu rõ lỗi; in ra"
            + " trong sổ theo dõi và học bạ")
    void remarksWrittenThroughTheApiArePrinted() throws Exception {
        Page saved = putJson(
                opened.teacher(),
                "/api/v1" + sheet + "/remarks",
                "[{\"learnerId\":\"" + an + "\",\"text\":\"Tiến bộ rõ ở hình học.\",\"version\":0}]");
        assertThat(saved.status()).isEqualTo(200);
        var row = saved.json()
                .get("learners")
                .valueStream()
                .filter(learner -> learner.get("learnerId").asString().equals(an.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("text").asString()).isEqualTo("Tiến bộ rõ ở hình học.");
        assertThat(row.get("version").asInt()).isOne();

        Page tooLong = putJson(
                opened.teacher(),
                "/api/v1" + sheet + "/remarks",
                "[{\"learnerId\":\"" + an + "\",\"text\":\"" + "a".repeat(Remarks.MAX_LENGTH + 5) + "\"}]");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Trần Văn An", String.valueOf(Remarks.MAX_LENGTH + 5));

        Page year = putJson(
                opened.homeroom(),
                "/api/v1/gradebook/classes/" + opened.classId() + "/remarks",
                "[{\"learnerId\":\"" + an + "\",\"text\":\"Ngoan, tích cực.\",\"version\":0}]");
        assertThat(year.status()).isEqualTo(200);

        String book = PrintDownloads.text(PrintDownloads.get(
                        port,
                        "/api/v1/gradebook/classes/" + opened.classId() + "/subjects/"
                                + opened.subjects().get("TOAN") + "/book.pdf?semester=1",
                        opened.teacher())
                .body());
        assertThat(book).contains("Tiến bộ rõ ở hình học.");

        String record = PrintDownloads.text(
                PrintDownloads.get(port, "/api/v1/learners/" + an + "/hoc-ba.pdf", opened.homeroom())
                        .body());
        assertThat(record).contains("Tiến bộ rõ ở hình học.", "Ngoan, tích cực.");
    }

    @Test
    @DisplayName("Trang nhận xét cả năm: GVCN lưu bằng biểu mẫu; lỗi hiện bằng tiếng Việt và không lưu gì")
    void theHomeroomTeacherUsesTheForm() {
        Browser browser = homeroom();
        String path = "/gradebook/classes/" + opened.classId() + "/remarks";
        Page form = browser.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.mainText()).contains("Nhận xét cả năm của giáo viên chủ nhiệm", "Trần Văn An");
        assertThat(browser.get("/gradebook/classes/" + opened.classId()).body()).contains(path);

        Page saved = browser.post(path, "text-" + an, "Chăm chỉ, lễ phép.", "version-" + an, "0");
        assertThat(saved.status()).isEqualTo(302);
        Page after = browser.get(path);
        assertThat(after.mainText()).contains("Đã lưu nhận xét (1 học viên thay đổi)");
        assertThat(after.body()).contains("Chăm chỉ, lễ phép.");

        browser.post(path, "text-" + an, "x".repeat(Remarks.MAX_LENGTH + 1), "version-" + an, "1");
        Page refused = browser.get(path);
        assertThat(refused.mainText()).contains("Trần Văn An", "quá " + Remarks.MAX_LENGTH + " ký tự");
        assertThat(refused.body()).contains("Chăm chỉ, lễ phép.");
    }

    @Test
    @DisplayName("Trang nhận xét môn: giáo viên bộ môn có nút lưu; GVCN chỉ xem; liên kết từ bảng điểm")
    void theSubjectTeacherUsesTheForm() {
        assertThat(teacher().get(sheet).body()).contains(sheet + "/remarks");
        Page own = teacher().get(sheet + "/remarks");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Lưu nhận xét");
        Page read = homeroom().get(sheet + "/remarks");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("Lưu nhận xét").contains("readonly");
    }
}
