package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.gradebook.GradebookFixture.mark;
import static vn.edu.ecenter.gradebook.GradebookFixture.tx;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.LearningTopics;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Missing;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The score of a learning topic the class takes is one more ĐĐGtx of its subject (TT 43/2021 Art. 9.1): the class's
 * mathematics sheet (105 periods, 4 ĐĐGtx) gets a fifth, "CĐ1", written as {@code TX} 5, and ĐTBmhk divides by 10. The
 * class's other subjects, and mathematics in a class without the topic, keep their columns.
 */
@EcenterTest
@DisplayName("Điểm chuyên đề học tập là một cột ĐĐGtx của môn (sổ điểm, API, bảng tổng hợp)")
class LearningTopicScoresTests {

    @LocalServerPort
    int port;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    Gradebook gradebook;

    @Autowired
    Results results;

    @Autowired
    LearningTopics topics;

    Book book;
    String topicName;

    @BeforeEach
    void openClassWithATopic() {
        book = fixture.open();
        String code = "T" + AcademicsFixture.unique().toUpperCase();
        topicName = "Chuyên đề Toán " + code;
        fixture.asDirector(() -> topics.defineLearningTopic(code, topicName, "TOAN"));
        fixture.asDirector(() -> topics.setClassTopics(book.classId(), List.of(code)));
    }

    private ScoreSheet sheet(UUID subject) {
        return fixture.as(book.maths(), () -> gradebook.sheet(book.classId(), subject, 1));
    }

    private SavedMarks save(MarkInput... marks) {
        return fixture.as(book.maths(), () -> gradebook.save(book.classId(), book.toan(), 1, List.of(marks)));
    }

    private static ScoreRow row(ScoreSheet sheet, UUID learner) {
        return sheet.rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("Sổ Toán của lớp có chuyên đề: 5 ĐĐGtx, cột thứ 5 là CĐ1; môn khác của lớp không đổi")
    void theSubjectsSheetGetsATopicColumn() {
        ScoreSheet toan = sheet(book.toan());

        assertThat(toan.regularCount()).isEqualTo(5);
        assertThat(toan.topicColumns()).isEqualTo(1);
        assertThat(toan.topics()).containsExactly(topicName);
        assertThat(toan.slots())
                .extracting(MarkSlot::toString)
                .containsExactly("TX1", "TX2", "TX3", "TX4", "TX5", "GK", "CK");
        assertThat(toan.plan().isTopic(MarkSlot.regular(5))).isTrue();
        assertThat(row(toan, book.chi()).cells()).hasSize(7);

        ScoreSheet tin = sheet(book.tin());
        assertThat(tin.regularCount()).isEqualTo(3);
        assertThat(tin.topicColumns()).isZero();
    }

    @Test
    @DisplayName(
            "ĐTBmhk tính điểm chuyên đề: (7 + 8 + 6 + 9 + 10 + 2·7 + 3·8) / 10 = 7,8; thiếu CĐ1 thì chưa có ĐTBmhk")
    void theSemesterAverageCountsTheTopicScore() {
        SavedMarks withoutTopic = save(
                tx(book.an(), 1, "7"),
                tx(book.an(), 2, "8"),
                tx(book.an(), 3, "6"),
                tx(book.an(), 4, "9"),
                mark(book.an(), "GK", "7"),
                mark(book.an(), "CK", "8"));
        assertThat(withoutTopic.averages().getFirst().result())
                .isEqualTo(new SubjectResult.Incomplete(List.of(new Missing(Semester.HK1, MarkSlot.regular(5)))));

        SavedMarks withTopic = save(tx(book.an(), 5, "10"));

        assertThat(withTopic.averages().getFirst().result()).isEqualTo(new SubjectResult.Average(Score.of("7.8")));
        assertThat(row(sheet(book.toan()), book.an()).average()).isEqualTo(new SubjectResult.Average(Score.of("7.8")));
        // Without the topic the same marks would give 68 / 9 = 7,6: the topic score is really counted.
        ClassResults summary =
                fixture.as(book.homeroom(), () -> results.classResults(book.classId(), ResultPeriod.HK1));
        int toanColumn = summary.subjects().stream()
                .map(ClassResults.Subject::code)
                .toList()
                .indexOf("TOAN");
        ClassResults.Row an = summary.rows().stream()
                .filter(r -> r.learnerId().equals(book.an()))
                .findFirst()
                .orElseThrow();
        assertThat(an.results().get(toanColumn)).isEqualTo(new SubjectResult.Average(Score.of("7.8")));
    }

    @Test
    @DisplayName("Lớp không học chuyên đề: sổ Toán giữ 4 ĐĐGtx, không nhận TX 5")
    void aClassWithoutTheTopicKeepsItsColumns() {
        Book other = fixture.open();

        ScoreSheet toan = fixture.as(other.maths(), () -> gradebook.sheet(other.classId(), other.toan(), 1));
        assertThat(toan.regularCount()).isEqualTo(4);
        assertThat(toan.topics()).isEmpty();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> fixture.as(
                other.maths(),
                () -> gradebook.save(other.classId(), other.toan(), 1, List.of(tx(other.an(), 5, "9")))));
        assertThat(refused).isInstanceOf(GradebookRejection.class);
        assertThat(((GradebookRejection) refused).items().getFirst().messageKey())
                .isEqualTo("gradebook.cell.indexAbove");
    }

    @Test
    @DisplayName("API: requiredTx 5 và cột chuyên đề (index 5, CĐ1); PUT TX 5 như mọi ĐĐGtx; TX 6 bị từ chối")
    void theApiWritesTheTopicScoreAsTheNextRegularAssessment() {
        Page token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"" + book.maths().username() + "\",\"password\":\"" + TestAccounts.PASSWORD
                                + "\"}");
        String bearer = "Bearer " + token.json().get("access_token").asString();
        String path = "/api/v1/gradebook/classes/" + book.classId() + "/subjects/" + book.toan() + "/semesters/1";
        StringBuilder items = new StringBuilder("[");
        String[] values = {"7", "8", "6", "9", "10"};
        for (int i = 0; i < values.length; i++) {
            items.append("{\"learnerId\":\"")
                    .append(book.binh())
                    .append("\",\"kind\":\"TX\",\"index\":")
                    .append(i + 1)
                    .append(",\"value\":\"")
                    .append(values[i])
                    .append("\"},");
        }
        items.append("{\"learnerId\":\"").append(book.binh()).append("\",\"kind\":\"GK\",\"value\":\"7\"},");
        items.append("{\"learnerId\":\"").append(book.binh()).append("\",\"kind\":\"CK\",\"value\":\"8\"}]");

        Page saved = Browser.at(port).putJson(path, items.toString(), "Authorization", bearer);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        JsonNode sheet = Browser.at(port).getJson(path, "Authorization", bearer).json();
        assertThat(sheet.get("requiredTx").asInt()).isEqualTo(5);
        assertThat(sheet.get("topicColumns")).hasSize(1);
        assertThat(sheet.get("topicColumns").get(0).get("index").asInt()).isEqualTo(5);
        assertThat(sheet.get("topicColumns").get(0).get("label").asString()).isEqualTo("CĐ1");
        assertThat(sheet.get("topicColumns").get(0).get("topic").asString()).isEqualTo(topicName);
        JsonNode binh = null;
        for (JsonNode learner : sheet.get("learners")) {
            if (learner.get("learnerId").asString().equals(book.binh().toString())) {
                binh = learner;
            }
        }
        assertThat(binh).isNotNull();
        assertThat(binh.get("scores").get("TX")).hasSize(5);
        assertThat(binh.get("scores").get("TX").get(4).get("value").asString()).isEqualTo("10,0");
        assertThat(binh.get("semesterAverage").asString()).isEqualTo("7,8");

        Page refused = Browser.at(port)
                .putJson(
                        path,
                        "[{\"learnerId\":\"" + book.binh() + "\",\"kind\":\"TX\",\"index\":6,\"value\":\"9\"}]",
                        "Authorization",
                        bearer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("index").asInt()).isEqualTo(6);
    }

    @Test
    @DisplayName("Trang sổ điểm: tiêu đề cột CĐ1 và dòng ghi chuyên đề được tính là ĐĐGtx")
    void theSheetPageLabelsTheTopicColumn() {
        Browser maths = Browser.signedIn(port, book.maths().username(), TestAccounts.PASSWORD);

        Page page = maths.get("/gradebook/classes/" + book.classId() + "/subjects/" + book.toan() + "/semesters/1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("table.score-sheet thead th").eachText())
                .containsSubsequence("ĐĐGtx 4", "CĐ1", "ĐĐGgk");
        assertThat(page.mainText()).contains("Chuyên đề học tập tính là ĐĐGtx: CĐ1 = " + topicName + ".");
    }

    @Test
    @DisplayName("Excel: cột CĐ1 được xuất và nhập lại như mọi ĐĐGtx")
    void theTopicColumnGoesThroughExcel() throws java.io.IOException {
        byte[] exported = fixture.as(book.maths(), () -> gradebook.exportSheet(book.classId(), book.toan(), 1));
        String code = row(sheet(book.toan()), book.an()).code();
        byte[] filled;
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            int topicColumn = -1;
            org.apache.poi.ss.usermodel.Row learnerRow = null;
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                        continue;
                    }
                    if (cell.getStringCellValue().startsWith("CĐ1")) {
                        topicColumn = cell.getColumnIndex();
                    }
                    if (cell.getStringCellValue().equals(code)) {
                        learnerRow = row;
                    }
                }
            }
            assertThat(topicColumn).as("a CĐ1 header").isPositive();
            assertThat(learnerRow).isNotNull();
            learnerRow.createCell(topicColumn).setCellValue("9,5");
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        SheetImport imported = fixture.as(
                book.maths(), () -> gradebook.importSheet(book.classId(), book.toan(), 1, filled, "so-diem.xlsx"));

        assertThat(imported.saved()).as(imported.problems().toString()).isTrue();
        assertThat(imported.changed()).isEqualTo(1);
        assertThat(row(sheet(book.toan()), book.an()).cells().get(4).mark()).isEqualTo(Score.of("9.5"));
        assertThat(row(sheet(book.toan()), book.an()).cells().get(4).slot()).isEqualTo(MarkSlot.regular(5));
    }

    @Test
    @DisplayName("Đã có điểm chuyên đề thì không đổi được chuyên đề của môn (lỗi nêu môn, lớp, số điểm; không gì đổi);"
            + " môn chưa có điểm chuyên đề thì đổi được; xóa điểm chuyên đề rồi thì đổi được")
    void topicsWithScoresCannotChange() {
        String code = fixture.asDirector(() -> topics.classTopics(book.classId()))
                .getFirst()
                .code();
        String other = "U" + AcademicsFixture.unique().toUpperCase();
        fixture.asDirector(() -> topics.defineLearningTopic(other, "Chuyên đề Toán khác " + other, "TOAN"));
        String history = "S" + AcademicsFixture.unique().toUpperCase();
        fixture.asDirector(() -> topics.defineLearningTopic(history, "Chuyên đề Sử " + history, "SU"));
        save(tx(book.an(), 5, "9"));

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> fixture.asDirector(() -> topics.setClassTopics(book.classId(), List.of(other))));

        assertThat(refused).isInstanceOfSatisfying(vn.edu.ecenter.platform.web.Rejected.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("gradebook.topics.scored");
            assertThat(e.arguments()).containsExactly("Toán", book.className(), 1);
        });
        assertThat(fixture.asDirector(() -> topics.classTopics(book.classId())))
                .extracting(t -> t.code())
                .containsExactly(code);
        assertThat(row(sheet(book.toan()), book.an()).cells().get(4).mark()).isEqualTo(Score.of("9"));

        // History has no topic score: its topics change, mathematics' stay as they are.
        fixture.asDirector(() -> topics.setClassTopics(book.classId(), List.of(code, history)));
        assertThat(fixture.asDirector(() -> topics.classTopics(book.classId())))
                .extracting(t -> t.code())
                .containsExactlyInAnyOrder(code, history);

        save(new MarkInput(book.an(), "TX", 5, "", null));
        fixture.asDirector(() -> topics.setClassTopics(book.classId(), List.of(other)));
        assertThat(sheet(book.toan()).topics()).containsExactly("Chuyên đề Toán khác " + other);
    }
}
