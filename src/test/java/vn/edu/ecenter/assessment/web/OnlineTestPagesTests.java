package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The online tests' pages as Hà uses them for her class: the class's tests, setting one by a blueprint (refused, naming
 * the row, when the bank cannot fill it), and the test's page with every learner's attempts and extra time.
 */
@EcenterTest
@DisplayName("Trang bài kiểm tra trực tuyến của giáo viên")
class OnlineTestPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    Classroom room;
    Browser ha;

    @BeforeEach
    void classroom() {
        room = fixture.classroom();
        ha = Browser.signedIn(port, room.ha().username(), TestAccounts.PASSWORD);
    }

    /** The form's fields for a test of {@code count} single-choice questions on "Hàm số", open from a minute ago. */
    private String[] testForm(String count, String... more) {
        LocalDateTime now = LocalDateTime.now(BusinessClock.ZONE).withNano(0).withSecond(0);
        List<String> fields = new ArrayList<>(List.of(
                "classId",
                room.schoolClass().id().toString(),
                "title",
                "Kiểm tra 15 phút",
                "bankId",
                room.bank().id().toString(),
                "row.topic",
                "Hàm số",
                "row.level",
                "",
                "row.type",
                "SINGLE_CHOICE",
                "row.count",
                count,
                "duration",
                "15",
                "opensAt",
                now.minusMinutes(1).toString(),
                "closesAt",
                now.plusHours(1).toString(),
                "attempts",
                "1",
                "shuffle",
                "true",
                "points.SINGLE_CHOICE",
                "0,25"));
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    @Test
    @DisplayName("Ma trận đề thiếu câu: báo dòng thiếu và giữ nội dung đã nhập; ma trận đủ thì tạo được bài")
    void aBlueprintShortageIsShownThenAGoodTestIsSet() {
        String classTests = "/assessment/tests?classId=" + room.schoolClass().id();
        Document choose = ha.get("/assessment/tests").document();
        Page empty = ha.get(classTests);

        Page shortage = ha.post("/assessment/tests", testForm("5"));
        Page created = ha.post("/assessment/tests", testForm("2"));

        assertThat(choose.select("a[href=" + classTests + "]").text())
                .isEqualTo(room.schoolClass().name());
        assertThat(empty.mainText()).contains("Lớp chưa có bài kiểm tra trực tuyến nào.");
        assertThat(empty.document().select("#t-bank option").text())
                .contains(room.bank().name());
        assertThat(shortage.status()).isEqualTo(200);
        assertThat(shortage.document().select("#test-error").text())
                .isEqualTo("Dòng 1 của ma trận đề cần 5 câu (chủ đề «Hàm số», loại Trắc nghiệm một lựa chọn) nhưng"
                        + " ngân hàng chỉ đáp ứng được 4 câu.");
        assertThat(shortage.document().select("#t-title").val()).isEqualTo("Kiểm tra 15 phút");
        assertThat(shortage.document().select("input[name=row.count]").val()).isEqualTo("5");
        assertThat(created.location()).matches("/assessment/tests/[0-9a-f-]{36}\\?created");
        assertThat(ha.get(classTests).document().select(".list-group-item a").text())
                .isEqualTo("Kiểm tra 15 phút");
    }

    @Test
    @DisplayName("Không cần JavaScript: nút Thêm dòng và Theo cấu trúc thi tốt nghiệp gửi lại biểu mẫu, chưa tạo bài")
    void theFormButtonsWorkWithoutScript() {
        Page added = ha.post("/assessment/tests", testForm("2", "action", "addRow"));
        Page exam = ha.post("/assessment/tests", testForm("2", "action", "examPointsMaths"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.document().select(".blueprint-row")).hasSize(2);
        assertThat(added.document().select("input[name=row.topic]").first().val())
                .isEqualTo("Hàm số");
        assertThat(exam.document().select("#points-SINGLE_CHOICE").val()).isEqualTo("0,25");
        assertThat(exam.document().select("#points-TRUE_FALSE_STATEMENTS").val())
                .isEqualTo("1");
        assertThat(exam.document().select("#points-NUMERIC").val()).isEqualTo("0,5");
        assertThat(ha.get("/assessment/tests?classId=" + room.schoolClass().id())
                        .mainText())
                .contains("Lớp chưa có bài kiểm tra trực tuyến nào.");
    }

    @Test
    @DisplayName(
            "Trang bài kiểm tra: mỗi học viên một dòng — đã nộp với điểm, chưa làm; cộng thêm giờ cho một học viên")
    void theTestPageListsEveryLearnersAttempts() {
        String testPath = ha.post("/assessment/tests", testForm("2")).location().replace("?created", "");
        String testId = testPath.substring(testPath.lastIndexOf('/') + 1);
        String[] an = bearer(room.anLogin());
        Page started = Browser.at(port).postJson("/api/v1/assessment/tests/" + testId + "/attempts", "{}", an);
        String attempt = started.json().get("attemptId").asString();
        Page submitted = Browser.at(port).postJson("/api/v1/assessment/attempts/" + attempt + "/submit", "{}", an);

        Page extra = ha.post(testPath + "/extra-time", "learnerId", room.binh().toString(), "minutes", "15");
        Document page = ha.get(testPath).document();

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(extra.location()).isEqualTo(testPath);
        assertThat(page.select(".test-settings").text()).contains("Số câu mỗi đề 2");
        List<String> rows = page.select(".attempts tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows).anyMatch(row -> row.contains("Lê Văn An") && row.contains("0 / 0,5"));
        assertThat(rows)
                .anyMatch(row -> row.contains("Phạm Thị Bình") && row.contains("Chưa làm") && row.endsWith("15"));
        assertThat(page.select(".alert-success").text()).isEqualTo("Đã lưu thời gian cộng thêm.");
    }

    @Test
    @DisplayName("Giáo viên không dạy lớp không xem được bài kiểm tra của lớp (403)")
    void aTeacherWhoDoesNotTeachTheClassCannotSeeItsTests() {
        String testPath = ha.post("/assessment/tests", testForm("2")).location().replace("?created", "");
        Browser lan = Browser.signedIn(port, room.lan().username(), TestAccounts.PASSWORD);

        assertThat(lan.get(testPath).status()).isEqualTo(403);
        assertThat(lan.get("/assessment/tests?classId=" + room.schoolClass().id())
                        .status())
                .isEqualTo(403);
        assertThat(lan.post("/assessment/tests", testForm("2")).status()).isEqualTo(403);
    }

    private String[] bearer(String username) {
        return Browser.bearer(port, username, TestAccounts.PASSWORD);
    }
}
