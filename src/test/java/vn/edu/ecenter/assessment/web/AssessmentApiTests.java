package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The assessment API as another system or our checks use it, with bearer tokens: a teacher opens a bank and sets a
 * test; a learner starts it, answers, reads the attempt back, submits twice; bad input answered 400 / 403 / 404 / 409
 * with a Vietnamese message.
 */
@EcenterTest
@DisplayName("API đánh giá trực tuyến: /api/v1/assessment")
class AssessmentApiTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    Classroom room;

    @BeforeEach
    void classroom() {
        room = fixture.classroom();
    }

    private String[] bearer(String username) {
        return Browser.bearer(port, username, TestAccounts.PASSWORD);
    }

    private String newTest(String[] teacher) {
        LocalDateTime now = LocalDateTime.now(BusinessClock.ZONE).withNano(0);
        String body = """
                {"title": "Kiểm tra 15 phút", "bankId": "%s", "classId": "%s",
                 "blueprint": [{"topic": "Hàm số", "level": null, "type": "SINGLE_CHOICE", "count": 2},
                               {"topic": null, "level": "HIEU", "type": null, "count": 1}],
                 "durationMinutes": 15, "opensAt": "%s", "closesAt": "%s", "shuffle": true,
                 "points": {"SINGLE_CHOICE": 0.25, "TRUE_FALSE_STATEMENTS": 1}}
                """.formatted(room.bank().id(), room.schoolClass().id(), now.minusMinutes(1), now.plusHours(1));
        Page created = Browser.at(port).postJson("/api/v1/assessment/tests", body, teacher);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The paper's id of the option whose text is the sum's right answer ("3 + 3 = ?" → "6"). */
    private static String rightOption(JsonNode question) {
        String text = question.get("text").asString();
        int i = Integer.parseInt(text.substring(0, text.indexOf(' ')));
        for (JsonNode option : question.get("options")) {
            if (option.get("text").asString().equals(String.valueOf(2 * i))) {
                return option.get("id").asString();
            }
        }
        throw new AssertionError("no right option in " + question);
    }

    @Test
    @DisplayName("Giáo viên tạo ngân hàng và xem câu hỏi không kèm đáp án; học viên không tạo được ngân hàng")
    void teachersOpenBanksAndListQuestionsWithoutKeys() {
        String[] ha = bearer(room.ha().username());
        String subject = fixture.subject("TOAN").toString();

        Page created = Browser.at(port)
                .postJson(
                        "/api/v1/assessment/banks",
                        "{\"name\": \"Ôn thi tốt nghiệp\", \"subjectId\": \"" + subject + "\"}",
                        ha);
        Page listed = Browser.at(port)
                .getJson("/api/v1/assessment/banks/" + room.bank().id() + "/questions", ha);
        Page byLearner = Browser.at(port)
                .postJson(
                        "/api/v1/assessment/banks",
                        "{\"name\": \"Của em\", \"subjectId\": \"" + subject + "\"}",
                        bearer(room.anLogin()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).hasSize(36);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).hasSize(6);
        assertThat(listed.json().get(0).get("type").asString()).isEqualTo("SINGLE_CHOICE");
        assertThat(listed.json().get(0).get("options")).hasSize(4);
        assertThat(listed.body()).doesNotContain("weight", "isTrue", "\"right\"");
        assertThat(byLearner.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Học viên làm bài: bắt đầu, lưu từng câu, đọc lại, nộp hai lần cùng kết quả; lưu sau khi nộp bị 409")
    void aLearnerTakesATestThroughTheApi() {
        String[] ha = bearer(room.ha().username());
        String[] an = bearer(room.anLogin());
        String test = newTest(ha);

        Page started = Browser.at(port).postJson("/api/v1/assessment/tests/" + test + "/attempts", "{}", an);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode paper = started.json();
        String attempt = paper.get("attemptId").asString();
        assertThat(paper.get("questions")).hasSize(3);
        assertThat(started.body()).doesNotContain("weight", "isTrue", "accepted");

        List<String> saved = new ArrayList<>();
        for (JsonNode question : paper.get("questions")) {
            String id = question.get("questionId").asString();
            String answer = question.get("type").asString().equals("SINGLE_CHOICE")
                    ? "{\"selected\": [\"" + rightOption(question) + "\"]}"
                    : "{\"statements\": [true, false, true, true]}";
            Page put =
                    Browser.at(port).putJson("/api/v1/assessment/attempts/" + attempt + "/answers/" + id, answer, an);
            assertThat(put.status()).as(put.body()).isEqualTo(204);
            saved.add(id);
        }

        Page read = Browser.at(port).getJson("/api/v1/assessment/attempts/" + attempt, an);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("answers").propertyNames()).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(read.json().get("secondsLeft").asLong()).isBetween(14 * 60L, 15 * 60L);

        Page submitted = Browser.at(port).postJson("/api/v1/assessment/attempts/" + attempt + "/submit", "", an);
        Page again = Browser.at(port).postJson("/api/v1/assessment/attempts/" + attempt + "/submit", "", an);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("score").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(submitted.json().get("maxScore").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(again.json()).isEqualTo(submitted.json());

        Page late = Browser.at(port)
                .putJson(
                        "/api/v1/assessment/attempts/" + attempt + "/answers/" + saved.getFirst(),
                        "{\"selected\": [\"A\"]}",
                        an);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("message").asString()).isEqualTo("Bài đã nộp; không sửa được câu trả lời nữa.");
    }

    @Test
    @DisplayName("Đầu vào sai: thiếu trường, câu trả lời trống, bài của người khác, câu không có trong bài")
    void badInputIsAnsweredWithAClearMessage() {
        String[] ha = bearer(room.ha().username());
        String[] an = bearer(room.anLogin());
        String[] binh = bearer(room.binhLogin());
        String test = newTest(ha);
        JsonNode paper = Browser.at(port)
                .postJson("/api/v1/assessment/tests/" + test + "/attempts", "{}", an)
                .json();
        String attempt = paper.get("attemptId").asString();
        String question = paper.get("questions").get(0).get("questionId").asString();

        Page missing = Browser.at(port)
                .postJson(
                        "/api/v1/assessment/tests",
                        "{\"title\": \"x\", \"bankId\": \"" + room.bank().id() + "\"}",
                        ha);
        Page empty =
                Browser.at(port).putJson("/api/v1/assessment/attempts/" + attempt + "/answers/" + question, "{}", an);
        Page others = Browser.at(port).getJson("/api/v1/assessment/attempts/" + attempt, binh);
        Page othersAnswer = Browser.at(port)
                .putJson(
                        "/api/v1/assessment/attempts/" + attempt + "/answers/" + question,
                        "{\"selected\": [\"A\"]}",
                        binh);
        Page notOnPaper = Browser.at(port)
                .putJson(
                        "/api/v1/assessment/attempts/" + attempt + "/answers/"
                                + room.bank().id(),
                        "{\"selected\": [\"A\"]}",
                        an);
        Page badTime = Browser.at(port)
                .postJson(
                        "/api/v1/assessment/tests",
                        """
                        {"title": "x", "bankId": "%s", "classId": "%s", "blueprint": [{"count": 1}],
                         "durationMinutes": 10, "opensAt": "ngày mai", "closesAt": "2030-01-01T00:00"}
                        """.formatted(room.bank().id(), room.schoolClass().id()),
                        ha);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("message").asString()).isEqualTo("Thiếu trường «classId».");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asString()).startsWith("Câu trả lời trống hoặc sai dạng");
        assertThat(others.status()).isEqualTo(403);
        assertThat(othersAnswer.status()).isEqualTo(403);
        assertThat(notOnPaper.status()).isEqualTo(404);
        assertThat(notOnPaper.json().get("message").asString())
                .isEqualTo("Câu hỏi này không có trong bài làm của bạn.");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("message").asString()).contains("«ngày mai»", "«opensAt»");
        JsonNode after = Browser.at(port)
                .getJson("/api/v1/assessment/attempts/" + attempt, an)
                .json();
        assertThat(after.get("answers").isEmpty()).isTrue();
    }

    @Test
    @DisplayName(
            "Nhập câu hỏi từ tệp GIFT: câu hợp lệ được thêm (chờ duyệt), câu lỗi nêu rõ lý do; tệp hỏng không thêm gì")
    void importingAFileReportsEveryQuestion() {
        String[] ha = bearer(room.ha().username());
        String path = "/api/v1/assessment/banks/" + room.bank().id() + "/import";
        byte[] gift = """
                ::Thủ đô::Thủ đô của Việt Nam là {=Hà Nội ~Huế ~Đà Nẵng}

                ::Nghiệm::Nghiệm của \\(2x - 4 = 0\\) là {#2}

                ::Thiếu đáp án::Câu này không có đáp án đúng {~A ~B}

                ::Chưa đóng::Câu này quên đóng ngoặc {=đúng ~sai
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Page imported = Browser.at(port).postFileToApi(path + "?format=gift", "file", "de-on-tap.gift", gift, ha);
        Page broken = Browser.at(port)
                .postFileToApi(
                        path + "?format=moodlexml",
                        "file",
                        "hong.xml",
                        "<quiz><question".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ha);
        Page unknown = Browser.at(port).postFileToApi(path + "?format=docx", "file", "de.docx", gift, ha);
        Page listed = Browser.at(port)
                .getJson("/api/v1/assessment/banks/" + room.bank().id() + "/questions", ha);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        assertThat(imported.json().get("rejected").asInt()).isEqualTo(2);
        JsonNode errors = imported.json().get("errors");
        assertThat(errors.get(0).get("item").asString()).contains("Thiếu đáp án");
        assertThat(errors.get(0).get("message").asString()).isNotBlank();
        assertThat(errors.get(1).get("item").asString()).contains("Chưa đóng");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asString())
                .startsWith("Không đọc được tệp, không câu hỏi nào được thêm: ");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asString()).contains("«docx»");
        assertThat(listed.json()).hasSize(8);
        assertThat(listed.json().get(6).get("text").asString()).isEqualTo("Thủ đô của Việt Nam là");
        assertThat(listed.json().get(6).get("review").asString()).isEqualTo("DRAFT");
    }

    @Test
    @DisplayName("Xuất ngân hàng ra Moodle XML; tải tệp Excel mẫu")
    void banksAreExportedAndTheTemplateDownloaded() {
        String[] ha = bearer(room.ha().username());

        Page moodle =
                Browser.at(port).get("/api/v1/assessment/banks/" + room.bank().id() + "/export?format=moodlexml", ha);
        Page aiken =
                Browser.at(port).get("/api/v1/assessment/banks/" + room.bank().id() + "/export?format=aiken", ha);
        java.net.http.HttpResponse<byte[]> template =
                Browser.at(port).downloadWith("/api/v1/assessment/question-template.xlsx", ha);

        assertThat(moodle.status()).isEqualTo(200);
        assertThat(moodle.body()).startsWith("<?xml").contains("<question type=\"multichoice\">", "1 + 1 = ?");
        assertThat(aiken.status()).isEqualTo(400);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).startsWith((byte) 'P', (byte) 'K');
    }
}
