package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The question banks' pages as teachers use them in the browser: Hà and Lan teach Toán, Hà wrote the bank's six
 * questions (four single-choice sums on "Hàm số", two four-statement questions on "Đạo hàm").
 */
@EcenterTest
@DisplayName("Trang ngân hàng câu hỏi của giáo viên")
class QuestionBankPagesTests extends BankPagesOfHa {

    private List<QuestionView> questions() {
        return academics.as(room.ha(), () -> banks.questions(room.bank().id()));
    }

    /** The bank's question whose text starts so ("1 + 1", "Cho \\(f"). */
    private UUID question(String start) {
        return questions().stream()
                .filter(q -> q.question().text().startsWith(start))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    @DisplayName("Mở ngân hàng: thấy số câu, câu chờ duyệt; lọc theo loại câu hỏi")
    void aTeacherOpensTheBankAndFiltersItsQuestions() {
        Page list = ha.get("/assessment/banks");
        Page bank = ha.get(bankPath());
        Page statements = ha.get(bankPath() + "?type=TRUE_FALSE_STATEMENTS");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.mainText()).contains(room.bank().name()).contains("6 câu · 0 đã duyệt · 6 chờ duyệt");
        assertThat(list.document().select("#bank-subject option").eachText()).containsExactly("Toán");
        assertThat(bank.status()).isEqualTo(200);
        assertThat(bank.document().select(".question-list > li")).hasSize(6);
        assertThat(bank.mainText()).contains("1 + 1 = ?", "Hàm số", "Biết", "Chờ duyệt");
        assertThat(statements.document().select(".question-list > li")).hasSize(2);
        assertThat(statements.mainText()).contains("Đang hiện 2 trong 6 câu.").doesNotContain("1 + 1 = ?");
    }

    @Test
    @DisplayName("Mở ngân hàng mới cho môn mình dạy; trùng tên thì báo lỗi")
    void aTeacherOpensANewBankForTheirSubject() {
        UUID toan = fixture.subject("TOAN");
        String name = "Toán 11 " + AcademicsFixture.unique();

        Page created = ha.post("/assessment/banks", "subjectId", toan.toString(), "name", name);
        Page again = ha.post("/assessment/banks", "subjectId", toan.toString(), "name", name);

        assertThat(created.location()).startsWith("/assessment/banks/");
        assertThat(ha.get(created.location()).document().select("h1").text()).isEqualTo(name);
        assertThat(again.location()).isEqualTo("/assessment/banks");
        assertThat(ha.get("/assessment/banks")
                        .document()
                        .select(".alert-danger")
                        .text())
                .isEqualTo("Môn Toán đã có ngân hàng câu hỏi tên «" + name + "».");
    }

    @Test
    @DisplayName("Nhập tệp GIFT: báo từng câu — đã thêm (chờ duyệt) hoặc bị từ chối kèm lý do")
    void importingAGiftFileShowsTheReport() {
        byte[] gift = """
                ::Thủ đô::Thủ đô của Việt Nam là {=Hà Nội ~Huế ~Đà Nẵng}

                ::Nghiệm::Nghiệm của \\(2x - 4 = 0\\) là {#2}

                ::Thiếu đáp án::Câu này không có đáp án đúng {~A ~B}
                """.getBytes(StandardCharsets.UTF_8);

        Page form = ha.get(bankPath() + "/import");
        Page report = ha.postMultipart(bankPath() + "/import", Map.of("format", "gift"), "file", "on-tap.gift", gift);

        assertThat(form.document().select("a[href=/assessment/question-template.xlsx]"))
                .isNotEmpty();
        assertThat(ha.download("/assessment/question-template.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.document().select(".import-report h2").text()).isEqualTo("Kết quả nhập tệp on-tap.gift");
        assertThat(report.mainText()).contains("Đã thêm 2 câu (chờ duyệt)", "Không nhập 1 câu");
        assertThat(report.document().select(".import-errors li").text())
                .contains("Thiếu đáp án")
                .contains("Câu hỏi không có phương án đúng.");
        assertThat(questions()).hasSize(8);
    }

    @Test
    @DisplayName("Tệp không đọc được: trang nêu lý do, không thêm câu nào")
    void anUnreadableFileIsRefusedWithItsCause() {
        Page report = ha.postMultipart(
                bankPath() + "/import",
                Map.of("format", "moodlexml"),
                "file",
                "hong.xml",
                "<quiz><question".getBytes(StandardCharsets.UTF_8));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.document().select(".alert-danger").text())
                .startsWith("Không đọc được tệp, không câu hỏi nào được thêm:");
        assertThat(questions()).hasSize(6);
    }

    @Test
    @DisplayName("Xuất: trang nêu điều tệp không giữ được, rồi tải tệp Moodle XML")
    void exportShowsWhatTheFileCannotHoldAndDownloads() {
        Page page = ha.get(bankPath() + "/export");
        var file = ha.download(bankPath() + "/export/moodlexml");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(".export-losses li").eachText())
                .anyMatch(loss -> loss.contains("câu đúng/sai 4 ý"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("<quiz>");
    }

    @Test
    @DisplayName("Người soạn không tự duyệt được; giáo viên khác duyệt, trả lại phải có lý do")
    void anotherTeacherReviewsAndTheAuthorCannot() {
        UUID first = question("1 + 1");
        UUID second = question("2 + 2");
        Browser lan = Browser.signedIn(port, room.lan().username(), TestAccounts.PASSWORD);

        Document own = ha.get("/assessment/questions/" + first).document();
        ha.post("/assessment/questions/" + first + "/review", "version", "1", "decision", "approve");
        Document refused = ha.get("/assessment/questions/" + first).document();
        Document shown = lan.get("/assessment/questions/" + first).document();
        Page approved = lan.post("/assessment/questions/" + first + "/review", "version", "1", "decision", "approve");
        lan.post("/assessment/questions/" + second + "/review", "version", "1", "decision", "return", "note", " ");
        Document noReason = lan.get("/assessment/questions/" + second).document();
        lan.post(
                "/assessment/questions/" + second + "/review",
                "version",
                "1",
                "decision",
                "return",
                "note",
                "Phương án nhiễu quá dễ loại.");

        assertThat(own.select("form[action$=/review]")).isEmpty();
        assertThat(own.select(".review-box").text()).contains("Bạn là người soạn phiên bản này");
        assertThat(own.select(".options li.right-option").text()).startsWith("2 Đúng");
        assertThat(refused.select(".alert-danger").text())
                .isEqualTo("Không thể tự duyệt câu hỏi do chính mình soạn; cần một giáo viên khác của bộ môn hoặc"
                        + " Ban giám đốc duyệt.");
        assertThat(shown.select("form[action$=/review]")).hasSize(2);
        assertThat(approved.location()).isEqualTo("/assessment/questions/" + first);
        assertThat(lan.get("/assessment/questions/" + first).mainText())
                .contains("Đã duyệt bởi " + room.lan().username());
        assertThat(noReason.select(".alert-danger").text())
                .isEqualTo("Khi trả lại câu hỏi, hãy ghi lý do để người soạn sửa.");
        Page bank = ha.get(bankPath() + "?review=RETURNED");
        assertThat(bank.document().select(".question-list > li")).hasSize(1);
        assertThat(bank.mainText()).contains("Trả lại: Phương án nhiễu quá dễ loại.");
    }

    @Test
    @DisplayName("Soạn câu một lựa chọn trên trang; câu thiếu phương án đúng được báo lỗi và giữ nguyên nội dung đã gõ")
    void theEditorAddsAQuestionAndShowsFlawsKeepingTheTypedText() {
        Page kinds = ha.get(bankPath() + "/questions/new");
        Page flawed = ha.post(
                bankPath() + "/questions",
                "type",
                "SINGLE_CHOICE",
                "text",
                "Đạo hàm của \\(x^2\\) là",
                "option.text.0",
                "2x",
                "option.text.1",
                "x");
        Page saved = ha.post(
                bankPath() + "/questions",
                "type",
                "SINGLE_CHOICE",
                "text",
                "Đạo hàm của \\(x^2\\) là",
                "option.text.0",
                "2x",
                "option.text.1",
                "x",
                "option.text.2",
                "",
                "right",
                "0",
                "topic",
                "Đạo hàm",
                "level",
                "BIET");

        assertThat(kinds.mainText())
                .contains("Trắc nghiệm đúng/sai (4 ý)", "Cũng có thể thêm câu hỏi bằng cách nhập tệp");
        assertThat(flawed.status()).isEqualTo(200);
        assertThat(flawed.document().select("#editor-problems li").eachText())
                .containsExactly("Câu hỏi không có phương án đúng.");
        assertThat(flawed.document().select("#q-text").text()).isEqualTo("Đạo hàm của \\(x^2\\) là");
        assertThat(flawed.document().select("#option-1").val()).isEqualTo("x");
        assertThat(saved.location()).matches("/assessment/questions/[0-9a-f-]{36}\\?saved");
        Page question = ha.get(saved.location());
        assertThat(question.document().select(".options li.right-option").text())
                .isEqualTo("2x Đúng");
        assertThat(question.mainText()).contains("Đạo hàm", "Biết", "Chờ duyệt");
    }

    @Test
    @DisplayName("Sửa từ phiên bản cũ khi người khác vừa lưu: báo xung đột, giữ nguyên nội dung đã gõ")
    void aStaleEditShowsTheConflictAndKeepsTheTypedText() {
        UUID id = question("Cho \\(f");
        Browser lan = Browser.signedIn(port, room.lan().username(), TestAccounts.PASSWORD);
        Document haForm = ha.get("/assessment/questions/" + id + "/edit").document();
        assertThat(haForm.select("input[name=basedOn]").val()).isEqualTo("1");
        assertThat(haForm.select("select[name=statement.true.1] option[selected]")
                        .val())
                .isEqualTo("false");

        Page lanSaved = lan.post(
                "/assessment/questions/" + id,
                "basedOn",
                "1",
                "text",
                "Cho \\(f(x) = x^2\\) (Lan sửa).",
                "statement.text.0",
                "Ý a",
                "statement.true.0",
                "true",
                "statement.text.1",
                "Ý b",
                "statement.true.1",
                "false",
                "statement.text.2",
                "Ý c",
                "statement.true.2",
                "true",
                "statement.text.3",
                "Ý d",
                "statement.true.3",
                "false");
        Page stale = ha.post(
                "/assessment/questions/" + id,
                "basedOn",
                "1",
                "text",
                "Cho \\(f(x) = x^2 + 1\\) (Hà sửa).",
                "statement.text.0",
                "Ý a mới",
                "statement.true.0",
                "true",
                "statement.text.1",
                "Ý b",
                "statement.true.1",
                "true",
                "statement.text.2",
                "Ý c",
                "statement.true.2",
                "true",
                "statement.text.3",
                "Ý d",
                "statement.true.3",
                "false");

        assertThat(lanSaved.location()).isEqualTo("/assessment/questions/" + id + "?saved");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.document().select("#editor-error").text())
                .startsWith("Câu hỏi vừa được người khác sửa (bạn sửa từ phiên bản 1, bản mới nhất là 2).");
        assertThat(stale.document().select("#q-text").text()).isEqualTo("Cho \\(f(x) = x^2 + 1\\) (Hà sửa).");
        assertThat(stale.document().select("input[name=statement.text.0]").val())
                .isEqualTo("Ý a mới");
        assertThat(stale.document()
                        .select("select[name=statement.true.1] option[selected]")
                        .val())
                .isEqualTo("true");
        QuestionView latest = academics.as(room.ha(), () -> banks.question(id).orElseThrow());
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.question().text()).isEqualTo("Cho \\(f(x) = x^2\\) (Lan sửa).");
    }

    @Test
    @DisplayName("Giáo viên môn khác không mở được ngân hàng (403); ngân hàng không có thì 404")
    void aTeacherOfAnotherSubjectCannotOpenTheBank() {
        var other = fixture.teacherOf("Đỗ Văn Sử " + AcademicsFixture.unique(), "SU");
        Browser su = Browser.signedIn(port, other.username(), TestAccounts.PASSWORD);

        assertThat(su.get(bankPath()).status()).isEqualTo(403);
        assertThat(su.get("/assessment/questions/" + question("1 + 1")).status())
                .isEqualTo(403);
        assertThat(su.get("/assessment/banks").mainText())
                .doesNotContain(room.bank().name());
        assertThat(ha.get("/assessment/banks/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
