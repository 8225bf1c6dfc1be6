package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.EssayMarking;
import vn.edu.ecenter.assessment.EssayMarks;
import vn.edu.ecenter.assessment.MyTestResult;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.TakenTests;
import vn.edu.ecenter.assessment.TestResults;
import vn.edu.ecenter.assessment.TestResultsView;
import vn.edu.ecenter.assessment.TestResultsView.OptionCount;
import vn.edu.ecenter.assessment.TestResultsView.QuestionStats;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The results of a test taken by An and Bình: the class's statistics and each question's analysis worked out by hand,
 * essays marked against their rubric with the score recomputed, "Đang chấm" for the learners until the teacher
 * publishes, and each learner seeing only their own attempt.
 */
@vn.edu.ecenter.support.EcenterTest
@DisplayName("Kết quả bài kiểm tra: thống kê, chấm tự luận, công bố cho học viên")
class TestResultsTests {

    @Autowired
    TestResults results;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    TakenTests taken;

    @Autowired
    AcademicsFixture fixture;

    Classroom room;

    @BeforeEach
    void classWithABank() {
        LocaleContextHolder.setLocale(Locale.of("vi"));
        room = classroom.classroom();
    }

    private <T> T asHa(java.util.function.Supplier<T> work) {
        return fixture.as(room.ha(), work);
    }

    private static QuestionStats question(TestResultsView view, String text) {
        return view.questions().stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("Thống kê: An đúng cả 4 câu, Bình đúng 2 câu: trung bình 7,5; câu ai cũng đúng có p = 1, độ phân biệt"
            + " không xác định; câu chỉ An đúng có p = 0,5, r = 1 và đếm được phương án nhiễu Bình chọn")
    void statisticsOfTwoLearnersWorkedByHand() {
        TestView test = taken.sums(room, false, 1);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        taken.take(room.binhLogin(), test.id(), TakenTests::halfRight);

        TestResultsView view = asHa(() -> results.results(test.id()));

        assertThat(view.summary().attempts()).isEqualTo(2);
        assertThat(view.summary().counted()).isEqualTo(2);
        assertThat(view.summary().mean()).isEqualByComparingTo("7.50");
        assertThat(view.summary().median()).isEqualByComparingTo("7.50");
        assertThat(view.summary().min()).isEqualByComparingTo("5.0");
        assertThat(view.summary().max()).isEqualByComparingTo("10.0");
        assertThat(view.summary().bands()).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 0, 1);

        QuestionStats everyone = question(view, "1 + 1 = ?");
        assertThat(everyone.given()).isEqualTo(2);
        assertThat(everyone.answered()).isEqualTo(2);
        assertThat(everyone.difficulty()).isEqualByComparingTo("1.00");
        assertThat(everyone.discrimination()).as("no variance in the share").isNull();

        QuestionStats onlyAn = question(view, "3 + 3 = ?");
        assertThat(onlyAn.difficulty()).isEqualByComparingTo("0.50");
        assertThat(onlyAn.discrimination())
                .as("shares 1, 0 against rest scores 3, 2")
                .isEqualByComparingTo("1.00");
        assertThat(onlyAn.options())
                .extracting(OptionCount::label, OptionCount::text, OptionCount::right, OptionCount::chosen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "6", true, 1),
                        org.assertj.core.groups.Tuple.tuple("B", "7", false, 1),
                        org.assertj.core.groups.Tuple.tuple("C", "8", false, 0),
                        org.assertj.core.groups.Tuple.tuple("D", "9", false, 0));

        TestResultsView.LearnerResults binh = view.learners().stream()
                .filter(l -> l.learnerId().equals(room.binh()))
                .findFirst()
                .orElseThrow();
        assertThat(binh.counted()).isEqualByComparingTo("5.0");
        assertThat(binh.attempts()).singleElement().satisfies(a -> {
            assertThat(a.score()).isEqualByComparingTo("2");
            assertThat(a.maxScore()).isEqualByComparingTo("4");
            assertThat(a.how()).isEqualTo("LEARNER");
            assertThat(a.minutes()).isBetween(0L, 1L);
        });
    }

    @Test
    @DisplayName("Nhiều lần làm: lần cao nhất được tính; lần đang chấm thì chưa tính lần nào")
    void theBestAttemptCounts() {
        TestView test = taken.sums(room, false, 2);
        taken.take(room.anLogin(), test.id(), TakenTests::halfRight);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);

        TestResultsView view = asHa(() -> results.results(test.id()));

        assertThat(view.summary().attempts()).isEqualTo(2);
        assertThat(view.summary().counted()).isEqualTo(1);
        assertThat(view.learners())
                .filteredOn(l -> l.learnerId().equals(room.an()))
                .singleElement()
                .satisfies(an -> {
                    assertThat(an.counted()).isEqualByComparingTo("10.0");
                    assertThat(an.attempts()).hasSize(2);
                });
    }

    @Test
    @DisplayName("Tự luận: chấm theo từng tiêu chí, điểm bài tính lại, hết «đang chấm» khi chấm xong; học viên thấy"
            + " «Đang chấm» đến khi công bố, rồi thấy điểm từng câu")
    void essaysAreMarkedByTheRubricAndTheResultsPublished() {
        taken.addEssay(room);
        TestView test = taken.withEssay(room);
        SubmitResult submitted = taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        assertThat(submitted.awaitingMarking()).isTrue();
        assertThat(submitted.score()).isEqualByComparingTo("2");
        assertThat(submitted.maxScore()).isEqualByComparingTo("4");

        assertThat(taken.asLearner(room.anLogin(), () -> results.myResults()))
                .singleElement()
                .satisfies(mine -> {
                    assertThat(mine.score()).as("Đang chấm").isNull();
                    assertThat(mine.details()).isFalse();
                });
        UUID attempt = taken.asLearner(room.anLogin(), () -> results.myResults())
                .getFirst()
                .attemptId();
        assertThatThrownBy(() -> asHa(() -> {
                    results.publish(test.id(), true);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("testResults.error.stillMarking"));

        EssayMarking marking = asHa(() -> results.marking(attempt));
        EssayMarking.Essay essay = marking.essays().getFirst();
        assertThat(essay.rubric())
                .extracting(EssayMarking.Line::description)
                .containsExactly("Nêu đúng công thức", "Tính đúng kết quả");
        assertThat(essay.marked()).isFalse();

        assertThatThrownBy(() -> asHa(
                        () -> results.markEssay(attempt, essay.questionId(), new EssayMarks(marks("1.5", "0"), null))))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("testResults.error.markRange"));
        assertThatThrownBy(() -> fixture.as(
                        room.lan(),
                        () -> results.markEssay(attempt, essay.questionId(), new EssayMarks(marks("1", "1"), null))))
                .as("Lan does not teach the class")
                .isInstanceOf(AccessDeniedException.class);

        SubmitResult marked = asHa(() ->
                results.markEssay(attempt, essay.questionId(), new EssayMarks(marks("1", "0.5"), "Thiếu bước cuối.")));

        assertThat(marked.score()).as("2 for the sums, 1,5 of 2 for the essay").isEqualByComparingTo("3.5");
        assertThat(marked.awaitingMarking()).isFalse();
        assertThat(asHa(() -> results.marking(attempt)).essays().getFirst()).satisfies(e -> {
            assertThat(e.marked()).isTrue();
            assertThat(e.earned()).isEqualByComparingTo("1.5");
            assertThat(e.comment()).isEqualTo("Thiếu bước cuối.");
        });
        assertThat(taken.asLearner(room.anLogin(), () -> results.myResults())
                        .getFirst()
                        .score())
                .as("marked, but a test with essays waits for publication")
                .isNull();
        assertThatThrownBy(() -> taken.asLearner(room.anLogin(), () -> results.myAttempt(attempt)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("testResults.error.notPublished"));

        asHa(() -> {
            results.publish(test.id(), true);
            return null;
        });

        MyTestResult mine =
                taken.asLearner(room.anLogin(), () -> results.myResults()).getFirst();
        assertThat(mine.score()).isEqualByComparingTo("3.5");
        assertThat(mine.onTen()).isEqualByComparingTo("8.8");
        assertThat(mine.details()).isTrue();
        MyTestResult.Details details = taken.asLearner(room.anLogin(), () -> results.myAttempt(attempt));
        assertThat(details.questions())
                .filteredOn(q -> q.type() == QuestionType.ESSAY)
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.earned()).isEqualByComparingTo("1.5");
                    assertThat(q.points()).isEqualByComparingTo("2");
                    assertThat(q.comment()).isEqualTo("Thiếu bước cuối.");
                });
    }

    @Test
    @DisplayName("Học viên chỉ thấy bài của mình: Bình không mở được bài của An")
    void aLearnerSeesOnlyTheirOwnAttempts() {
        TestView test = taken.sums(room, false, 1);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        asHa(() -> {
            results.publish(test.id(), true);
            return null;
        });
        UUID ans = taken.asLearner(room.anLogin(), () -> results.myResults())
                .getFirst()
                .attemptId();

        assertThat(taken.asLearner(room.binhLogin(), () -> results.myResults())).isEmpty();
        assertThatThrownBy(() -> taken.asLearner(room.binhLogin(), () -> results.myAttempt(ans)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(taken.asLearner(room.anLogin(), () -> results.myAttempt(ans)).onTen())
                .isEqualByComparingTo("10.0");
    }

    @Test
    @DisplayName("Giáo viên không dạy lớp không xem được kết quả")
    void aTeacherOfAnotherClassCannotSeeTheResults() {
        TestView test = taken.sums(room, false, 1);

        assertThatThrownBy(() -> fixture.as(room.lan(), () -> results.results(test.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<BigDecimal> marks(String... points) {
        return java.util.Arrays.stream(points).map(BigDecimal::new).toList();
    }
}
