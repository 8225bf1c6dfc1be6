package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.Review;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.Statement;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;

/**
 * Question banks as the teachers of a subject share them: who sees which bank, every change a new version, review by
 * somebody other than the author before a graded test may use a question, and flawed or stale input refused with a
 * Vietnamese message and nothing written.
 */
@EcenterTest
@DisplayName("Ngân hàng câu hỏi: dùng chung trong bộ môn, phiên bản, duyệt câu hỏi")
class QuestionBanksTests {

    @Autowired
    QuestionBanks banks;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    MessageSource messages;

    Teacher ha;
    Teacher binh;
    Teacher lan;
    SubjectView toan;

    /** Hà and Bình teach Toán, Lan teaches Ngữ văn. */
    @BeforeEach
    void teachers() {
        fixture.asDirector(() -> academics.installStandardProgramme());
        toan = fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> s.code().equals("TOAN"))
                .findFirst()
                .orElseThrow();
        ha = classroom.teacherOf("Nguyễn Thị Hà", "TOAN");
        binh = classroom.teacherOf("Phạm Văn Bình", "TOAN");
        lan = classroom.teacherOf("Trần Thị Lan", "VAN");
        LocaleContextHolder.setLocale(Locale.of("vi"));
    }

    private static QuestionSpec derivative(String text) {
        return new QuestionSpec(
                new Question(
                        text,
                        Body.Choice.single(List.of(
                                Option.right("A", "\\(2x\\)"),
                                Option.wrong("B", "\\(x^2\\)"),
                                Option.wrong("C", "\\(2\\)"))),
                        null),
                new Metadata("Đạo hàm", 12, "Đạo hàm", CognitiveLevel.BIET, Difficulty.EASY, List.of("đạo hàm")));
    }

    private BankView bankOfHa() {
        return fixture.as(ha, () -> banks.createBank(toan.id(), "Toán 12 – Giải tích " + AcademicsFixture.unique()));
    }

    private String vietnamese(Rejected rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), Locale.of("vi"));
    }

    @Test
    @DisplayName("Giáo viên trong bộ môn dùng chung ngân hàng; giáo viên môn khác không thấy; Ban giám đốc thấy tất cả")
    void theTeachersOfASubjectShareItsBanks() {
        BankView bank = bankOfHa();

        assertThat(fixture.as(binh, () -> banks.banks()))
                .extracting(BankView::id)
                .contains(bank.id());
        assertThat(fixture.as(lan, () -> banks.banks()))
                .extracting(BankView::id)
                .doesNotContain(bank.id());
        assertThat(fixture.asDirector(() -> banks.banks()))
                .extracting(BankView::id)
                .contains(bank.id());
        assertThatThrownBy(() -> fixture.as(lan, () -> banks.questions(bank.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(lan, () -> banks.addQuestion(bank.id(), derivative("Đạo hàm của x²?"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(lan, () -> banks.createBank(toan.id(), "Của tôi")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Tên ngân hàng trùng (không phân biệt hoa thường) hoặc để trống bị từ chối")
    void bankNamesAreUniqueWithinASubject() {
        BankView bank = bankOfHa();

        assertThatThrownBy(() -> fixture.as(
                        binh, () -> banks.createBank(toan.id(), bank.name().toUpperCase())))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Môn Toán đã có ngân hàng câu hỏi tên «"
                                + bank.name().toUpperCase() + "».")
                        .satisfies(m -> assertThat(e.status()).isEqualTo(409)));
        assertThatThrownBy(() -> fixture.as(binh, () -> banks.createBank(toan.id(), "   ")))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("questionBank.error.nameEmpty"));
    }

    @Test
    @DisplayName("Câu hỏi mới là phiên bản 1 chờ duyệt; nội dung và thông tin đọc lại đúng như đã lưu")
    void aNewQuestionWaitsForReview() {
        BankView bank = bankOfHa();
        QuestionSpec spec = derivative("Đạo hàm của \\(x^2\\) là");

        QuestionView added = fixture.as(ha, () -> banks.addQuestion(bank.id(), spec));

        assertThat(added.version()).isEqualTo(1);
        assertThat(added.review()).isEqualTo(Review.DRAFT);
        assertThat(added.question()).isEqualTo(spec.question());
        assertThat(added.metadata()).isEqualTo(spec.metadata());
        assertThat(added.writtenBy()).isEqualTo(ha.username());
        assertThat(added.source()).isEqualTo("editor");
        BankView counted = fixture.as(binh, () -> banks.bank(bank.id())).orElseThrow();
        assertThat(counted.questions()).isEqualTo(1);
        assertThat(counted.waiting()).isEqualTo(1);
        assertThat(counted.approved()).isZero();
    }

    @Test
    @DisplayName("Câu hỏi có lỗi (câu đúng/sai chỉ 3 ý) bị từ chối với lời giải thích, không lưu gì")
    void aFlawedQuestionIsRefusedAndNothingIsWritten() {
        BankView bank = bankOfHa();
        QuestionSpec threeStatements = new QuestionSpec(
                new Question(
                        "Cho hàm số \\(y = x^3 - 3x\\).",
                        new Body.Statements(List.of(
                                new Statement("a", "Đồng biến trên (1; +∞)", true),
                                new Statement("b", "Có hai cực trị", true),
                                new Statement("c", "Đi qua gốc tọa độ", true))),
                        null),
                Metadata.none());

        assertThatThrownBy(() -> fixture.as(ha, () -> banks.addQuestion(bank.id(), threeStatements)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Câu hỏi chưa lưu được: Câu hỏi đúng/sai cần đúng 4 ý, đang có 3."));
        assertThat(fixture.as(ha, () -> banks.questions(bank.id()))).isEmpty();
    }

    @Test
    @DisplayName("Sửa câu hỏi tạo phiên bản mới; sửa từ bản cũ khi người khác vừa sửa bị từ chối, không mất gì")
    void everyChangeIsANewVersionAndAStaleOneIsRefused() {
        BankView bank = bankOfHa();
        QuestionView first = fixture.as(ha, () -> banks.addQuestion(bank.id(), derivative("Đạo hàm của x² là")));

        QuestionView second =
                fixture.as(binh, () -> banks.reviseQuestion(first.id(), 1, derivative("Đạo hàm của hàm số y = x² là")));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.writtenBy()).isEqualTo(binh.username());
        assertThatThrownBy(() -> fixture.as(ha, () -> banks.reviseQuestion(first.id(), 1, derivative("Bản của Hà"))))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(vietnamese(e)).contains("bạn sửa từ phiên bản 1, bản mới nhất là 2");
                });
        List<QuestionView> history = fixture.as(ha, () -> banks.history(first.id()));
        assertThat(history).extracting(QuestionView::version).containsExactly(2, 1);
        assertThat(history)
                .extracting(v -> v.question().text())
                .containsExactly("Đạo hàm của hàm số y = x² là", "Đạo hàm của x² là");
    }

    @Test
    @DisplayName("Người soạn không tự duyệt; giáo viên khác duyệt; trả lại phải có lý do; chỉ duyệt bản mới nhất")
    void aQuestionIsReviewedBySomebodyElse() {
        BankView bank = bankOfHa();
        QuestionView question = fixture.as(ha, () -> banks.addQuestion(bank.id(), derivative("Đạo hàm của x² là")));

        assertThatThrownBy(() -> fixture.as(ha, () -> banks.review(question.id(), 1, true, null)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("questionBank.error.ownQuestion"));
        assertThatThrownBy(() -> fixture.as(binh, () -> banks.review(question.id(), 1, false, " ")))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("questionBank.error.noteRequired"));

        QuestionView returned =
                fixture.as(binh, () -> banks.review(question.id(), 1, false, "Phương án C nên là 2x + 1"));
        assertThat(returned.review()).isEqualTo(Review.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("Phương án C nên là 2x + 1");

        fixture.as(ha, () -> banks.reviseQuestion(question.id(), 1, derivative("Đạo hàm của x² là (sửa)")));
        assertThatThrownBy(() -> fixture.as(binh, () -> banks.review(question.id(), 1, true, null)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.status()).isEqualTo(409));

        QuestionView approved = fixture.asDirector(() -> banks.review(question.id(), 2, true, null));
        assertThat(approved.review()).isEqualTo(Review.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("test.director");
        BankView counted = fixture.as(ha, () -> banks.bank(bank.id())).orElseThrow();
        assertThat(counted.approved()).isEqualTo(1);
        assertThat(counted.waiting()).isZero();
    }

    @Test
    @DisplayName("Câu hỏi ngừng dùng vẫn được giữ, xếp cuối danh sách và không tính vào số câu dùng được")
    void aRetiredQuestionIsKeptButNotCounted() {
        BankView bank = bankOfHa();
        QuestionView old = fixture.as(ha, () -> banks.addQuestion(bank.id(), derivative("Câu cũ")));
        fixture.as(ha, () -> banks.addQuestion(bank.id(), derivative("Câu mới")));

        QuestionView retired = fixture.as(binh, () -> banks.retire(old.id()));

        assertThat(retired.retired()).isTrue();
        assertThat(fixture.as(ha, () -> banks.questions(bank.id())))
                .extracting(q -> q.question().text())
                .containsExactly("Câu mới", "Câu cũ");
        BankView counted = fixture.as(ha, () -> banks.bank(bank.id())).orElseThrow();
        assertThat(counted.questions()).isEqualTo(2);
        assertThat(counted.waiting()).isEqualTo(1);
    }

    @Test
    @DisplayName("Câu hỏi không tồn tại: thông báo không tìm thấy")
    void anUnknownQuestionIsNotFound() {
        assertThatThrownBy(() -> fixture.as(ha, () -> banks.history(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
