package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.support.EcenterTest;

/**
 * The class summary sheet and the học bạ as PDF, filled from marks saved through the score book: they open with PDFBox,
 * name the learner and print the averages "8,5"-style; only those allowed get them.
 */
@EcenterTest
@DisplayName("In bảng tổng hợp và học bạ (PDF) từ điểm đã lưu; quyền in")
class ResultPrintsTests {

    @LocalServerPort
    int port;

    @Autowired
    AcademicsFixture academicsFixture;

    @Autowired
    Academics academics;

    @Autowired
    ResultPrints prints;

    @Autowired
    PrintableClass printable;

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
        subjects.putAll(printable.subjects());
        printable.assign(classId, subjects, maths);
        // Every column of both semesters: An 8,5, Bình 6; conduct Tốt for both.
        printable.score(classId, subjects, homeroom, Map.of(an, "8,5", binh, "6"));
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

    private HttpResponse<byte[]> get(String path, Teacher teacher) throws IOException, InterruptedException {
        return PrintDownloads.get(port, path, teacher);
    }

    private static String text(byte[] pdf) throws IOException {
        return PrintDownloads.text(pdf);
    }
}
