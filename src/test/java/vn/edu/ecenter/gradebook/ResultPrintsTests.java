package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The class summary sheet and the học bạ as PDF, filled from marks saved through the score book: they open with PDFBox,
 * name the learner and print the averages "8,5"-style; only those allowed get them.
 */
@EcenterTest
@DisplayName("In bảng tổng hợp và học bạ (PDF) từ điểm đã lưu; quyền in")
class ResultPrintsTests {

    static final List<String> SCORED = List.of("VAN", "TOAN", "SU", "LY", "HOA");
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AcademicsFixture academicsFixture;

    @Autowired
    Academics academics;

    @Autowired
    Gradebook gradebook;

    @Autowired
    ScoreLoading loading;

    @Autowired
    ResultPrints prints;

    @Autowired
    MessageSource messages;

    UUID classId;
    String className;
    Teacher homeroom;
    Teacher maths;
    Map<String, UUID> subjects = new HashMap<>();
    UUID an;
    UUID binh;

    @BeforeEach
    void openClass() {
        var year = academicsFixture.currentYear();
        academicsFixture.asDirector(() -> academics.installStandardProgramme());
        String unique = AcademicsFixture.unique();
        homeroom = academicsFixture.teacherWithAccount("Phạm Thị Chủ Nhiệm");
        maths = academicsFixture.teacherWithAccount("Nguyễn Văn Toán");
        className = "IN" + unique;
        classId = academicsFixture
                .asDirector(() -> academics.createClass(
                        new CreateClass(year.id(), className, 10, ClassSession.EVENING, null, homeroom.staffId())))
                .id();
        an = academicsFixture.learner("Trần Văn An");
        binh = academicsFixture.learner("Lê Thị Bình");
        academicsFixture.asDirector(() -> academics.enrolAll(List.of(an, binh).stream()
                .map(learner -> new Enrol(learner, classId, year.startsOn(), null))
                .toList()));
        for (SubjectView subject : academicsFixture.asDirector(() -> academics.subjects())) {
            if (SCORED.contains(subject.code())) {
                subjects.put(subject.code(), subject.id());
            }
        }
        List<Assign> assignments = new ArrayList<>();
        for (String code : SCORED) {
            assignments.add(new Assign(classId, subjects.get(code), maths.staffId(), BigDecimal.valueOf(2)));
        }
        academicsFixture.asDirector(() -> academics.assignAll(assignments));
        // Every column of both semesters: An 8,5, Bình 6; conduct Tốt for both.
        Map<UUID, String> marks = Map.of(an, "8,5", binh, "6");
        for (String code : SCORED) {
            for (int semester = 1; semester <= 2; semester++) {
                int s = semester;
                academicsFixture.as(
                        Role.SYSTEM_ADMIN,
                        null,
                        () -> loading.loadScores(
                                classId, subjects.get(code), s, (learner, slot) -> marks.get(learner)));
            }
        }
        for (int semester = 1; semester <= 2; semester++) {
            int s = semester;
            academicsFixture.as(Role.TEACHER, homeroom.accountId(), () -> {
                gradebook.saveConduct(
                        classId,
                        s,
                        List.of(
                                new ConductInput(an, Rating.TOT.name(), null),
                                new ConductInput(binh, Rating.TOT.name(), null)));
                return null;
            });
        }
    }

    private String token(Teacher teacher) {
        var answer = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"" + teacher.username() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");
        return "Bearer " + answer.json().get("access_token").asString();
    }

    private HttpResponse<byte[]> get(String path, Teacher teacher) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", token(teacher))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static void isPdf(HttpResponse<byte[]> response, String filename) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                        java.net.URLDecoder.decode(disposition, java.nio.charset.StandardCharsets.UTF_8))
                .contains(filename));
    }

    @Test
    @DisplayName("Bảng tổng hợp cả năm (PDF) của GVCN: tên học viên, ĐTBmcn 8,5 và 6,0; người ngoài lớp 403")
    void summarySheet() throws Exception {
        var response = get("/api/v1/gradebook/classes/" + classId + "/summary.pdf?period=CN", homeroom);
        isPdf(response, "Bảng tổng hợp kết quả lớp " + className + " - Cả năm - năm học ");
        String text = text(response.body());
        assertThat(text).contains("Trần Văn An", "Lê Thị Bình", "8,5", "6,0");

        Teacher outsider = academicsFixture.teacherWithAccount("Võ Văn Lớp Khác");
        assertThat(get("/api/v1/gradebook/classes/" + classId + "/summary.pdf?period=CN", outsider)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/gradebook/classes/" + classId + "/summary.pdf?period=HK3", homeroom)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("Học bạ (PDF) của GVCN: tên học viên, lớp, điểm 8,5; giáo viên bộ môn không chủ nhiệm 403")
    void schoolRecord() throws Exception {
        var response = get("/api/v1/learners/" + an + "/hoc-ba.pdf", homeroom);
        isPdf(response, "Học bạ Trần Văn An");
        String text = text(response.body());
        assertThat(text.toUpperCase(Locale.forLanguageTag("vi"))).contains("TRẦN VĂN AN");
        assertThat(text).contains(className, "8,5").doesNotContain("Lê Thị Bình", "null");

        var refused = get("/api/v1/learners/" + an + "/hoc-ba.pdf", maths);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("giáo viên chủ nhiệm");
    }

    @Test
    @DisplayName("Học viên chưa có lớp nào: lỗi tiếng Việt nêu tên học viên, không có tệp")
    void learnerWithoutData() {
        UUID newcomer = academicsFixture.learner("Đỗ Minh Chưa Học");
        assertThatThrownBy(() -> academicsFixture.asDirector(() -> prints.schoolRecord(newcomer)))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(GradebookRejection.Kind.NOT_FOUND);
                    assertThat(messages.getMessage(e.message(), Locale.forLanguageTag("vi")))
                            .isEqualTo("Học viên Đỗ Minh Chưa Học chưa có dữ liệu học tập ở lớp nào (khối 10 đến 12)"
                                    + " để in học bạ.");
                });
    }
}
