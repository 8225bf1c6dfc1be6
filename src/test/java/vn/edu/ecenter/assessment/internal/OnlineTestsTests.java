package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.AttemptSummary;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.questions.Blueprint.Row;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A test set for a class and taken by its learners: a paper drawn by the blueprint and shown without keys, answers
 * saved one by one and resumed, the server's deadline, submission marked exactly as the national exam marks, and
 * everything a learner should not be able to do refused with nothing recorded.
 */
@EcenterTest
@DisplayName("Bài kiểm tra trực tuyến: đề theo ma trận, lưu từng câu, làm tiếp, hết giờ, nộp bài và chấm điểm")
class OnlineTestsTests {

    @Autowired
    OnlineTests tests;

    @Autowired
    QuestionBanks banks;

    @Autowired
    OverdueAttempts overdue;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    MessageSource messages;

    Classroom room;
    Teacher ha;
    Teacher lan;
    ClassView a1;
    BankView bank;
    UUID an;
    UUID anAccount;
    UUID binh;
    UUID binhAccount;

    @BeforeEach
    void classWithABank() {
        LocaleContextHolder.setLocale(Locale.of("vi"));
        room = classroom.classroom();
        ha = room.ha();
        lan = room.lan();
        a1 = room.schoolClass();
        bank = room.bank();
        an = room.an();
        anAccount = accounts.idOf(room.anLogin());
        binh = room.binh();
        binhAccount = accounts.idOf(room.binhLogin());
    }

    private NewTest nationalStyle(boolean graded, @Nullable String accessCode) {
        return classroom.nationalStyle(room, graded, accessCode);
    }

    private TestView set(NewTest test) {
        return classroom.set(room, test);
    }

    private <T> T asAn(java.util.function.Supplier<T> work) {
        return fixture.as(Role.LEARNER, anAccount, work);
    }

    private <T> T asBinh(java.util.function.Supplier<T> work) {
        return fixture.as(Role.LEARNER, binhAccount, work);
    }

    private String vietnamese(Rejected rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), Locale.of("vi"));
    }

    private static String rightOption(PaperQuestion question) {
        return AssessmentFixture.rightOption(question);
    }

    private static String wrongOption(PaperQuestion question) {
        String right = rightOption(question);
        return question.options().stream()
                .map(AttemptPaper.Shown::id)
                .filter(id -> !id.equals(right))
                .findFirst()
                .orElseThrow();
    }

    private static PaperQuestion ofType(AttemptPaper paper, QuestionType type, int index) {
        return paper.questions().stream().filter(q -> q.type() == type).toList().get(index);
    }

    private void moveDeadline(UUID attemptId, Duration ago) {
        tenancy.inCentre(fixture.centre(), () -> {
            jdbc.sql("UPDATE assessment.attempt SET deadline = now() - ?::interval WHERE id = ?")
                    .params(ago.toSeconds() + " seconds", attemptId)
                    .update();
        });
    }

    @Test
    @DisplayName("Đề của học viên đúng ma trận, không chứa đáp án; mở lại thì làm tiếp đúng bài cũ")
    void aLearnerGetsAPaperByTheBlueprintWithoutKeysAndResumesIt() throws Exception {
        TestView test = set(nationalStyle(false, null));

        AttemptPaper paper = asAn(() -> tests.start(test.id(), null));

        assertThat(paper.questions()).hasSize(3);
        assertThat(paper.questions())
                .filteredOn(q -> q.type() == QuestionType.SINGLE_CHOICE)
                .hasSize(2);
        assertThat(paper.questions())
                .filteredOn(q -> q.type() == QuestionType.TRUE_FALSE_STATEMENTS)
                .hasSize(1);
        assertThat(ofType(paper, QuestionType.SINGLE_CHOICE, 0).options())
                .extracting(AttemptPaper.Shown::id)
                .containsExactly("A", "B", "C", "D");
        assertThat(ofType(paper, QuestionType.TRUE_FALSE_STATEMENTS, 0).statements())
                .containsExactly("Ý a", "Ý b", "Ý c", "Ý d");
        String json = JsonMapper.builder().build().writeValueAsString(paper);
        assertThat(json).doesNotContain("weight", "isTrue", "accepted", "\"right\"");
        assertThat(Duration.between(Instant.now(), paper.deadline()).toMinutes())
                .isBetween(43L, 45L);
        assertThat(paper.secondsLeft()).isBetween(43 * 60L, 45 * 60L);

        AttemptPaper again = asAn(() -> tests.start(test.id(), null));

        assertThat(again.attemptId()).isEqualTo(paper.attemptId());
        assertThat(again.questions()).isEqualTo(paper.questions());
    }

    @Test
    @DisplayName("Mỗi câu trả lời được lưu ngay; tải lại trang hay đổi máy vẫn thấy đúng câu đã chọn")
    void answersAreSavedOneByOneAndShownAgain() {
        TestView test = set(nationalStyle(false, null));
        AttemptPaper paper = asAn(() -> tests.start(test.id(), null));
        PaperQuestion first = ofType(paper, QuestionType.SINGLE_CHOICE, 0);
        PaperQuestion statements = ofType(paper, QuestionType.TRUE_FALSE_STATEMENTS, 0);

        asAn(() -> {
            tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of(wrongOption(first))));
            tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of(rightOption(first))));
            tests.answer(
                    paper.attemptId(),
                    statements.questionId(),
                    new Response.Truths(java.util.Arrays.asList(true, null, true, true)));
            return null;
        });

        AttemptPaper resumed = asAn(() -> tests.attempt(paper.attemptId()));
        assertThat(resumed.answers())
                .containsEntry(first.questionId(), new Response.Selected(List.of(rightOption(first))))
                .containsEntry(
                        statements.questionId(), new Response.Truths(java.util.Arrays.asList(true, null, true, true)))
                .hasSize(2);
        int saves = tenancy.inCentre(fixture.centre(), () -> jdbc.sql(
                        "SELECT saves FROM assessment.answer WHERE attempt_id = ? AND question_id = ?")
                .params(paper.attemptId(), first.questionId())
                .query(Integer.class)
                .single());
        assertThat(saves).isEqualTo(2);
    }

    @Test
    @DisplayName("Nộp bài chấm đúng cách chấm thi tốt nghiệp: 0,25 mỗi câu trắc nghiệm, câu đúng/sai 3 ý đúng được 0,5")
    void submissionIsMarkedAsTheNationalExamMarks() {
        TestView test = set(nationalStyle(false, null));
        AttemptPaper paper = asAn(() -> tests.start(test.id(), null));
        PaperQuestion first = ofType(paper, QuestionType.SINGLE_CHOICE, 0);
        PaperQuestion second = ofType(paper, QuestionType.SINGLE_CHOICE, 1);
        PaperQuestion statements = ofType(paper, QuestionType.TRUE_FALSE_STATEMENTS, 0);
        asAn(() -> {
            tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of(rightOption(first))));
            tests.answer(paper.attemptId(), second.questionId(), new Response.Selected(List.of(wrongOption(second))));
            tests.answer(
                    paper.attemptId(), statements.questionId(), new Response.Truths(List.of(true, false, true, true)));
            return null;
        });

        SubmitResult result = asAn(() -> tests.submit(paper.attemptId()));

        assertThat(result.score()).isEqualByComparingTo("0.75");
        assertThat(result.maxScore()).isEqualByComparingTo("1.5");
        assertThat(result.awaitingMarking()).isFalse();
        assertThat(asAn(() -> tests.submit(paper.attemptId()))).isEqualTo(result);
        assertThatThrownBy(() -> asAn(() -> {
                    tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of("A")));
                    return null;
                }))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(vietnamese(e)).isEqualTo("Bài đã nộp; không sửa được câu trả lời nữa.");
                });
        assertThat(asAn(() -> tests.attempt(paper.attemptId())).result()).isEqualTo(result);
    }

    @Test
    @DisplayName("Học viên khác không mở, không trả lời, không nộp được bài của mình")
    void anotherLearnersAttemptIsForbidden() {
        TestView test = set(nationalStyle(false, null));
        AttemptPaper paper = asAn(() -> tests.start(test.id(), null));
        PaperQuestion first = paper.questions().getFirst();

        assertThatThrownBy(() -> asBinh(() -> tests.attempt(paper.attemptId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asBinh(() -> {
                    tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of("A")));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asBinh(() -> tests.submit(paper.attemptId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asAn(() -> tests.attempt(paper.attemptId())).answers()).isEmpty();
    }

    @Test
    @DisplayName("Câu không có trong bài, phương án không có, hai phương án cho câu một lựa chọn: từ chối, không lưu")
    void answersThatDoNotFitAreRefused() {
        TestView test = set(nationalStyle(false, null));
        AttemptPaper paper = asAn(() -> tests.start(test.id(), null));
        PaperQuestion first = ofType(paper, QuestionType.SINGLE_CHOICE, 0);
        PaperQuestion statements = ofType(paper, QuestionType.TRUE_FALSE_STATEMENTS, 0);

        assertThatThrownBy(() -> asAn(() -> {
                    tests.answer(paper.attemptId(), UUID.randomUUID(), new Response.Selected(List.of("A")));
                    return null;
                }))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Câu hỏi này không có trong bài làm của bạn."));
        assertThatThrownBy(() -> asAn(() -> {
                    tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of("E")));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(vietnamese(e)).isEqualTo("Câu hỏi không có phương án «E»."));
        assertThatThrownBy(() -> asAn(() -> {
                    tests.answer(paper.attemptId(), first.questionId(), new Response.Selected(List.of("A", "B")));
                    return null;
                }))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.answer.MORE_THAN_ONE_OPTION"));
        assertThatThrownBy(() -> asAn(() -> {
                    tests.answer(paper.attemptId(), statements.questionId(), new Response.Text("đúng"));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.answer.WRONG_KIND"));
        assertThat(asAn(() -> tests.attempt(paper.attemptId())).answers()).isEmpty();
    }

    @Test
    @DisplayName("Hết giờ: câu trả lời muộn bị từ chối; bài được máy chủ tự nộp với các câu đã lưu")
    void atTimeUpTheServerSubmitsWithTheAnswersSaved() {
        TestView test = set(nationalStyle(false, null));
        AttemptPaper forAn = asAn(() -> tests.start(test.id(), null));
        AttemptPaper forBinh = asBinh(() -> tests.start(test.id(), null));
        PaperQuestion first = ofType(forAn, QuestionType.SINGLE_CHOICE, 0);
        asAn(() -> {
            tests.answer(forAn.attemptId(), first.questionId(), new Response.Selected(List.of(rightOption(first))));
            return null;
        });
        moveDeadline(forAn.attemptId(), Duration.ofMinutes(1));
        moveDeadline(forBinh.attemptId(), Duration.ofMinutes(1));

        PaperQuestion second = ofType(forAn, QuestionType.SINGLE_CHOICE, 1);
        assertThatThrownBy(() -> asAn(() -> {
                    tests.answer(forAn.attemptId(), second.questionId(), new Response.Selected(List.of("A")));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("onlineTest.error.timeUp"));

        assertThat(overdue.submitDue()).isGreaterThanOrEqualTo(2);

        AttemptPaper submitted = asAn(() -> tests.attempt(forAn.attemptId()));
        assertThat(submitted.result()).isNotNull();
        assertThat(submitted.result().score()).isEqualByComparingTo("0.25");
        assertThat(submitted.secondsLeft()).isZero();
        assertThat(asBinh(() -> tests.attempt(forBinh.attemptId())).result().score())
                .isZero();
        String how = tenancy.inCentre(
                fixture.centre(), () -> jdbc.sql("SELECT submitted_how FROM assessment.attempt WHERE id = ?")
                        .param(forAn.attemptId())
                        .query(String.class)
                        .single());
        assertThat(how).isEqualTo("TIME_UP");
        assertThatThrownBy(() -> asAn(() -> tests.start(test.id(), null)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(vietnamese(e)).isEqualTo("Bạn đã làm hết 1 lần được phép."));
    }

    @Test
    @DisplayName(
            "Bài làm và giờ cộng thêm của một bài: giáo viên dạy môn ở lớp và GVCN xem được, giáo viên không dạy lớp thì"
                    + " không")
    void theAttemptsAreListedForTheClassesTeachersOnly() {
        TestView test = set(nationalStyle(false, null));
        asAn(() -> tests.start(test.id(), null));
        fixture.as(ha, () -> {
            tests.setExtraTime(test.id(), binh, 10);
            return null;
        });
        Teacher homeroom = fixture.teacherWithAccount("Vũ Thị Chủ Nhiệm " + AcademicsFixture.unique());
        fixture.asDirector(() -> academics.updateClass(
                a1.id(),
                new CreateClass(
                        a1.schoolYearId(), a1.name(), a1.grade(), a1.session(), a1.room(), homeroom.staffId())));

        List<AttemptSummary> seenByHa = fixture.as(ha, () -> tests.attemptsOf(test.id()));
        List<AttemptSummary> seenByHomeroom = fixture.as(homeroom, () -> tests.attemptsOf(test.id()));

        assertThat(seenByHa).singleElement().satisfies(attempt -> {
            assertThat(attempt.learnerId()).isEqualTo(an);
            assertThat(attempt.number()).isEqualTo(1);
            assertThat(attempt.submittedAt()).isNull();
            assertThat(attempt.maxScore()).isEqualByComparingTo("1.5");
        });
        assertThat(seenByHomeroom).isEqualTo(seenByHa);
        assertThat(fixture.as(homeroom, () -> tests.test(test.id()))).isPresent();
        assertThat(fixture.as(ha, () -> tests.extraTimes(test.id()))).isEqualTo(Map.of(binh, 10));
        assertThatThrownBy(() -> fixture.as(lan, () -> tests.attemptsOf(test.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(lan, () -> tests.testsOfClass(a1.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(lan, () -> tests.test(test.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Thời gian cộng thêm kéo dài hạn nộp của riêng học viên đó")
    void extraTimeLengthensOneLearnersDeadline() {
        TestView test = set(nationalStyle(false, null));
        fixture.as(ha, () -> {
            tests.setExtraTime(test.id(), binh, 15);
            return null;
        });

        Instant forAn = asAn(() -> tests.start(test.id(), null)).deadline();
        Instant forBinh = asBinh(() -> tests.start(test.id(), null)).deadline();

        assertThat(Duration.between(forAn, forBinh).toMinutes()).isBetween(14L, 15L);
    }

    @Test
    @DisplayName("Mã truy cập sai, bài chưa mở, học viên lớp khác: không bắt đầu được")
    void startingIsGuarded() {
        TestView coded = set(nationalStyle(false, "TOAN15"));
        assertThatThrownBy(() -> asAn(() -> tests.start(coded.id(), "toan16")))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("onlineTest.error.accessCode"));
        assertThat(asAn(() -> tests.start(coded.id(), " toan15 ")).questions()).hasSize(3);

        NewTest later = nationalStyle(false, null);
        TestView notYet = set(new NewTest(
                later.title(),
                later.bankId(),
                later.classId(),
                later.blueprint(),
                45,
                Instant.now().plus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(2)),
                true,
                1,
                null,
                false,
                later.points()));
        assertThatThrownBy(() -> asAn(() -> tests.start(notYet.id(), null)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(vietnamese(e)).startsWith("Bài kiểm tra chưa mở; mở lúc "));

        UUID outsider = fixture.learner("Đỗ Văn Khách");
        UUID outsiderAccount = fixture.learnerAccount(outsider);
        assertThatThrownBy(() -> fixture.as(Role.LEARNER, outsiderAccount, () -> tests.start(coded.id(), "TOAN15")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName(
            "Ngân hàng không đủ câu cho ma trận: từ chối, nói rõ dòng nào thiếu; bài tính điểm chỉ dùng câu đã duyệt")
    void aBlueprintTheBankCannotFillIsRefusedNamingTheRow() {
        NewTest tooMany = new NewTest(
                "Kiểm tra",
                bank.id(),
                a1.id(),
                List.of(new Row("Hàm số", CognitiveLevel.BIET, null, 5)),
                45,
                Instant.now(),
                Instant.now().plus(Duration.ofHours(1)),
                true,
                1,
                null,
                false,
                Map.of());

        assertThatThrownBy(() -> set(tooMany))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(vietnamese(e))
                                .isEqualTo(
                                        "Dòng 1 của ma trận đề cần 5 câu (chủ đề «Hàm số», mức Biết) nhưng ngân hàng chỉ đáp ứng được 4 câu."));
        assertThatThrownBy(() -> set(nationalStyle(true, null)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .startsWith("Dòng 1 của ma trận đề cần 2 câu (chủ đề «Hàm số», loại Trắc nghiệm một lựa chọn) "
                                + "nhưng ngân hàng chỉ đáp ứng được 0 câu đã duyệt"));
        assertThatThrownBy(() -> fixture.as(lan, () -> tests.createTest(nationalStyle(false, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
