package vn.edu.ecenter.academics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Learning topics (chuyên đề học tập): each belongs to a subject; a class takes some of them. The director and clerks
 * define topics and set a class's topics, through the service, the page and the JSON API; teachers only read.
 */
@EcenterTest
@DisplayName("Chuyên đề học tập: thuộc một môn, lớp chọn chuyên đề (trang, API, quyền)")
class LearningTopicsTests {

    @LocalServerPort
    int port;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Academics academics;

    @Autowired
    LearningTopics topics;

    String unique;
    UUID classId;

    @BeforeEach
    void openClass() {
        fixture.asDirector(() -> academics.installStandardProgramme());
        unique = AcademicsFixture.unique().toUpperCase();
        var year = fixture.currentYear();
        classId = fixture.asDirector(() -> academics.createClass(
                        new CreateClass(year.id(), "CD" + unique, 10, ClassSession.EVENING, null, null)))
                .id();
    }

    private LearningTopicView define(String code, String name, String subject) {
        return fixture.asDirector(() -> topics.defineLearningTopic(code, name, subject));
    }

    private List<String> classTopics(UUID id) {
        return fixture.asDirector(() -> topics.classTopics(id)).stream()
                .map(LearningTopicView::code)
                .toList();
    }

    @Test
    @DisplayName("Chuyên đề thuộc môn: \"Chuyên đề Toán\" → Toán; lớp chọn chuyên đề, chọn lại thì thay toàn bộ")
    void aClassTakesTopicsOfSubjects() {
        LearningTopicView toan = define("T" + unique, "Chuyên đề Toán " + unique, "toan");
        LearningTopicView van = define("V" + unique, "Chuyên đề Ngữ văn " + unique, "VAN");

        assertThat(toan.subjectCode()).isEqualTo("TOAN");
        assertThat(toan.subjectName()).isEqualTo("Toán");
        assertThat(fixture.asDirector(() -> topics.learningTopics())).contains(toan, van);

        fixture.asDirector(() -> topics.setClassTopics(classId, List.of(toan.code(), van.code())));
        // programme order: Ngữ văn (position 1) before Toán (2)
        assertThat(classTopics(classId)).containsExactly(van.code(), toan.code());

        fixture.as(
                Role.CLERK,
                null,
                () -> topics.setClassTopics(classId, List.of(toan.code().toLowerCase())));
        assertThat(classTopics(classId)).containsExactly(toan.code());

        fixture.asDirector(() -> topics.setClassTopics(classId, List.of()));
        assertThat(classTopics(classId)).isEmpty();
    }

    @Test
    @DisplayName(
            "Sai: mã trùng, thiếu tên, môn không có hoặc là \"Chuyên đề học tập\"; một mã chuyên đề sai thì không đổi gì")
    void rejectsBadTopicsAndChangesNothing() {
        LearningTopicView toan = define("T" + unique, "Chuyên đề Toán", "TOAN");
        fixture.asDirector(() -> topics.setClassTopics(classId, List.of(toan.code())));

        assertThatThrownBy(() -> define(toan.code(), "Khác", "VAN"))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.topic.code.taken");
        assertThatThrownBy(() -> define("N" + unique, "  ", "VAN"))
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.topic.name.required");
        assertThatThrownBy(() -> define("S" + unique, "Chuyên đề Hóa", "KHONGCO"))
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.topic.subject.unknown");
        assertThatThrownBy(() -> define("G" + unique, "Chuyên đề chung", "CDHT"))
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.topic.subject.unknown");
        assertThatThrownBy(() -> define("có dấu", "Chuyên đề", "VAN"))
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.topic.code.format");

        assertThatThrownBy(
                        () -> fixture.asDirector(() -> topics.setClassTopics(classId, List.of("KHONG_CO_" + unique))))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("KHONG_CO_" + unique);
        assertThat(classTopics(classId)).containsExactly(toan.code());
        assertThatThrownBy(() -> fixture.asDirector(() -> topics.setClassTopics(UUID.randomUUID(), List.of())))
                .extracting(e -> ((Rejected) e).status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("Giáo viên chỉ xem chuyên đề; không định nghĩa, không đặt chuyên đề cho lớp")
    void teachersOnlyRead() {
        LearningTopicView toan = define("T" + unique, "Chuyên đề Toán", "TOAN");
        var teacher = fixture.teacherWithAccount("Cao Văn Dạy");

        assertThat(fixture.as(Role.TEACHER, teacher.accountId(), () -> topics.learningTopics()))
                .contains(toan);
        assertThatThrownBy(() -> fixture.as(
                        Role.TEACHER, teacher.accountId(), () -> topics.setClassTopics(classId, List.of(toan.code()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(
                        Role.TEACHER,
                        teacher.accountId(),
                        () -> topics.defineLearningTopic("X" + unique, "Chuyên đề", "TOAN")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(classTopics(classId)).isEmpty();
    }

    @Test
    @DisplayName("Trang: văn thư thêm chuyên đề và đánh dấu chuyên đề của lớp; lỗi hiện tiếng Việt")
    void pageDefinesTopicsAndSetsAClasssTopics() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String code = "P" + unique;

        Page defined =
                clerk.post("/academics/topics", "code", code, "name", "Chuyên đề Vật lí " + unique, "subject", "LY");
        assertThat(defined.location()).isEqualTo("/academics/topics");
        Page page = clerk.get("/academics/topics");
        assertThat(page.mainText()).contains("Đã thêm chuyên đề " + code + ".", "Chuyên đề Vật lí " + unique);

        Page set = clerk.post("/academics/topics/classes/" + classId, "topics", code);
        assertThat(set.location()).isEqualTo("/academics/topics");
        assertThat(clerk.get("/academics/topics").mainText()).contains("Đã lưu.");
        assertThat(classTopics(classId)).containsExactly(code);

        clerk.post("/academics/topics/classes/" + classId, "topics", code, "topics", "SAI_" + unique);
        assertThat(clerk.get("/academics/topics").mainText())
                .contains("Không có chuyên đề học tập nào mang mã \"SAI_" + unique + "\".");
        assertThat(classTopics(classId)).containsExactly(code);

        clerk.post("/academics/topics", "code", code + "B", "name", "Chuyên đề", "subject", "KHONGCO");
        assertThat(clerk.get("/academics/topics").mainText())
                .contains("Môn \"KHONGCO\" không có trong chương trình của trung tâm");
    }

    @Test
    @DisplayName("API: GET chuyên đề của trung tâm và của lớp; PUT đặt chuyên đề của lớp, mã sai thì 422 và không đổi")
    void apiReadsAndSetsAClasssTopics() {
        LearningTopicView toan = define("T" + unique, "Chuyên đề Toán", "TOAN");
        Page token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"giamdoc\",\"password\":\"" + TestAccounts.DEMO_PASSWORD + "\"}");
        String bearer = "Bearer " + token.json().get("access_token").asString();
        String path = "/api/v1/classes/" + classId + "/topics";

        Page put = Browser.at(port).putJson(path, "[\"" + toan.code() + "\"]", "Authorization", bearer);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get(0).get("subjectCode").asString()).isEqualTo("TOAN");

        JsonNode read = Browser.at(port).getJson(path, "Authorization", bearer).json();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).get("code").asString()).isEqualTo(toan.code());
        assertThat(read.get(0).get("name").asString()).isEqualTo("Chuyên đề Toán");

        Page wrong = Browser.at(port).putJson(path, "[\"" + toan.code() + "\", \"SAI\"]", "Authorization", bearer);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("message").asString()).contains("\"SAI\"");
        assertThat(classTopics(classId)).containsExactly(toan.code());

        JsonNode all = Browser.at(port)
                .getJson("/api/v1/learning-topics", "Authorization", bearer)
                .json();
        List<String> codes = new java.util.ArrayList<>();
        all.forEach(topic -> codes.add(topic.get("code").asString()));
        assertThat(codes).contains(toan.code());
    }
}
