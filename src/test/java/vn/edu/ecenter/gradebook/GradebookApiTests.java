package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

@EcenterTest
@DisplayName("API sổ điểm: /api/v1/gradebook")
class GradebookApiTests {

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

    private String token(String username, String password) {
        Page token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).as("token of %s", username).isEqualTo(200);
        return "Bearer " + token.json().get("access_token").asString();
    }

    private String token(Teacher teacher) {
        return token(teacher.username(), TestAccounts.PASSWORD);
    }

    private String sheetPath(UUID subject, int semester) {
        return "/api/v1/gradebook/classes/" + book.classId() + "/subjects/" + subject + "/semesters/" + semester;
    }

    private Page put(String path, String json, String bearer) {
        return Browser.at(port).putJson(path, json, "Authorization", bearer);
    }

    private Page get(String path, String bearer) {
        return Browser.at(port).getJson(path, "Authorization", bearer);
    }

    private static String item(UUID learner, String kind, int index, String value) {
        return "{\"learnerId\":\"" + learner + "\",\"kind\":\"" + kind + "\",\"index\":" + index + ",\"value\":\""
                + value + "\"}";
    }

    private JsonNode learner(JsonNode sheet, UUID id) {
        for (JsonNode learner : sheet.get("learners")) {
            if (learner.get("learnerId").asString().equals(id.toString())) {
                return learner;
            }
        }
        throw new AssertionError("no learner " + id);
    }

    @Test
    @DisplayName("GET: học viên học môn, điểm theo loại TX/GK/CK, số TX phải có, ĐTBmhk null khi chưa đủ")
    void readsTheSheet() {
        String maths = token(book.maths());
        Page saved = put(
                sheetPath(book.tin(), 1),
                "[" + item(book.an(), "TX", 1, "8,5") + "," + item(book.an(), "TX", 2, "7") + ","
                        + item(book.an(), "TX", 3, "9.5") + "," + item(book.an(), "GK", 1, "8") + ","
                        + item(book.an(), "CK", 1, "6") + "," + item(book.binh(), "TX", 1, "10") + "]",
                maths);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("changed").asInt()).isEqualTo(6);

        Page read = get(sheetPath(book.tin(), 1), maths);
        assertThat(read.status()).isEqualTo(200);
        JsonNode sheet = read.json();
        assertThat(sheet.get("requiredTx").asInt()).isEqualTo(3);
        assertThat(sheet.get("locked").asBoolean()).isFalse();
        assertThat(sheet.get("learners")).hasSize(2);
        JsonNode an = learner(sheet, book.an());
        assertThat(an.get("scores").get("TX")).hasSize(3);
        assertThat(an.get("scores").get("TX").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(an.get("scores").get("TX").get(0).get("value").asString()).isEqualTo("8,5");
        assertThat(an.get("scores").get("TX").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(an.get("scores").get("GK").get("value").asString()).isEqualTo("8,0");
        // (8,5 + 7 + 9,5 + 2·8 + 3·6) / 8 = 59 / 8 = 7,375 → 7,4
        assertThat(an.get("semesterAverage").asString()).isEqualTo("7,4");
        JsonNode binh = learner(sheet, book.binh());
        assertThat(binh.get("semesterAverage").isNull()).isTrue();
        assertThat(binh.get("scores").get("CK").get("value").isNull()).isTrue();
        assertThat(binh.get("scores").get("CK").get("version").asInt()).isZero();
    }

    @Test
    @DisplayName("PUT sai: 400 với lỗi tiếng Việt cho từng mục, không lưu gì")
    void badItemsAnswer400AndNothingIsSaved() {
        String maths = token(book.maths());
        Page refused = put(
                sheetPath(book.tin(), 1),
                "[" + item(book.an(), "TX", 1, "8") + "," + item(book.binh(), "TX", 1, "12") + ","
                        + item(book.chi(), "TX", 1, "7") + "," + item(book.an(), "TX", 2, "7,25") + ","
                        + item(book.an(), "TX", 3, "abc") + "]",
                maths);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode body = refused.json();
        assertThat(body.get("message").asString()).contains("Không lưu điểm nào: 4 mục không hợp lệ");
        assertThat(body.get("errors")).hasSize(4);
        assertThat(body.get("errors").get(0).get("learnerId").asString())
                .isEqualTo(book.binh().toString());
        assertThat(body.get("errors").get(0).get("kind").asString()).isEqualTo("TX");
        assertThat(body.get("errors").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(body.get("errors").get(0).get("message").asString()).contains("ngoài thang điểm 10");
        assertThat(body.get("errors").get(1).get("message").asString()).contains("không học môn Tin học");
        assertThat(body.get("errors").get(2).get("message").asString()).contains("quá một chữ số thập phân");
        assertThat(body.get("errors").get(3).get("message").asString()).contains("\"abc\" không phải là điểm");
        assertThat(learner(get(sheetPath(book.tin(), 1), maths).json(), book.an())
                        .get("scores")
                        .get("TX")
                        .get(0)
                        .get("value")
                        .isNull())
                .as("the valid item was not saved either")
                .isTrue();
    }

    @Test
    @DisplayName("PUT với phiên bản cũ: 409 kèm giá trị hiện tại")
    void staleVersionAnswers409() {
        String maths = token(book.maths());
        String first = "[{\"learnerId\":\"" + book.an() + "\",\"kind\":\"GK\",\"value\":\"7\",\"version\":0}]";
        assertThat(put(sheetPath(book.toan(), 1), first, maths).status()).isEqualTo(200);
        Page stale = put(
                sheetPath(book.toan(), 1),
                "[{\"learnerId\":\"" + book.an() + "\",\"kind\":\"GK\",\"index\":1,\"value\":\"9\",\"version\":0}]",
                maths);
        assertThat(stale.status()).isEqualTo(409);
        JsonNode error = stale.json().get("errors").get(0);
        assertThat(error.get("currentValue").asString()).isEqualTo("7,0");
        assertThat(error.get("currentVersion").asInt()).isEqualTo(1);
        assertThat(error.get("message").asString()).contains("vừa sửa ô này thành 7,0");
    }

    @Test
    @DisplayName("Giáo viên không được phân công: 403; GVCN đọc được nhưng không ghi được")
    void onlyTheAssignedTeacherWrites() {
        String history = token(book.history());
        Page refused = put(sheetPath(book.toan(), 1), "[" + item(book.an(), "TX", 1, "8") + "]", history);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).contains("không được phân công dạy môn Toán");
        assertThat(get(sheetPath(book.toan(), 1), history).status()).isEqualTo(403);

        String homeroom = token(book.homeroom());
        assertThat(get(sheetPath(book.toan(), 1), homeroom).status()).isEqualTo(200);
        assertThat(put(sheetPath(book.toan(), 1), "[" + item(book.an(), "TX", 1, "8") + "]", homeroom)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("Khóa sổ (giám đốc) → PUT trả 423, không gì thay đổi; giáo viên không khóa được")
    void lockedSemesterAnswers423() {
        String maths = token(book.maths());
        String director = token("giamdoc", TestAccounts.DEMO_PASSWORD);
        String lockPath = "/api/v1/gradebook/classes/" + book.classId() + "/semesters/1/lock";
        assertThat(Browser.at(port)
                        .postJson(lockPath, "{}", "Authorization", maths)
                        .status())
                .isEqualTo(403);
        Page locked = Browser.at(port).postJson(lockPath, "{}", "Authorization", director);
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.json().get("locked").asBoolean()).isTrue();
        try {
            Page refused = put(sheetPath(book.toan(), 1), "[" + item(book.an(), "TX", 1, "8") + "]", maths);
            assertThat(refused.status()).isEqualTo(423);
            assertThat(refused.json().get("message").asString()).contains("đã khóa sổ");
            assertThat(get(sheetPath(book.toan(), 1), maths)
                            .json()
                            .get("locked")
                            .asBoolean())
                    .isTrue();
            assertThat(fixture.count("SELECT count(*) FROM gradebook.score WHERE class_id = ?", book.classId()))
                    .isZero();
            Page conduct = put(
                    "/api/v1/gradebook/classes/" + book.classId() + "/conduct/1",
                    "[{\"learnerId\":\"" + book.an() + "\",\"level\":\"TOT\"}]",
                    token(book.homeroom()));
            assertThat(conduct.status()).isEqualTo(423);
        } finally {
            fixture.asDirector(() -> gradebook.unlock(book.classId(), 1));
        }
    }

    @Test
    @DisplayName("PUT rèn luyện: GVCN ghi, giáo viên bộ môn 403, mức sai 400")
    void conductByTheHomeroomTeacher() {
        String path = "/api/v1/gradebook/classes/" + book.classId() + "/conduct/2";
        Page saved = put(
                path,
                "[{\"learnerId\":\"" + book.an() + "\",\"level\":\"TOT\"},{\"learnerId\":\"" + book.chi()
                        + "\",\"level\":\"CHUA_DAT\"}]",
                token(book.homeroom()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json()).hasSize(3);
        assertThat(put(path, "[{\"learnerId\":\"" + book.an() + "\",\"level\":\"KHA\"}]", token(book.maths()))
                        .status())
                .isEqualTo(403);
        Page bad = put(path, "[{\"learnerId\":\"" + book.an() + "\",\"level\":\"XUAT_SAC\"}]", token(book.homeroom()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("message").asString()).contains("\"XUAT_SAC\"");
    }
}
