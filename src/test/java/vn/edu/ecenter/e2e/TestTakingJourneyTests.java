package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A learner taking a test on a phone as the user guide ({@code docs/user-guide/assessment.md}) describes it: each
 * answer saved at once; with the network gone the answer is kept on the phone and reaches the server when the network
 * returns; a page closed before that (a crash) sends it when the paper is opened again; submitting shows the score. No
 * JavaScript error, no Content-Security-Policy violation.
 */
@EcenterTest
class TestTakingJourneyTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OnlineTests tests;

    private AttemptPaper onServer(UUID account, UUID attemptId) {
        return academics.as(Role.LEARNER, account, () -> tests.attempt(attemptId));
    }

    private static PaperQuestion ofType(AttemptPaper paper, QuestionType type, int index) {
        return paper.questions().stream().filter(q -> q.type() == type).toList().get(index);
    }

    @Test
    @DisplayName(
            "Làm bài trên điện thoại: lưu ngay từng câu, mất mạng vẫn giữ câu trả lời, mở lại thì gửi tiếp, nộp bài")
    void aLearnerLosesTheNetworkAndLosesNoAnswer() {
        Classroom room = fixture.classroom();
        TestView test = fixture.set(room, fixture.nationalStyle(room, false, null));
        UUID account = accounts.idOf(room.anLogin());

        WatchedPage learner = chromium.open("http://localhost:" + port, Screen.PHONE);
        // Requests made while the network is cut fail by design.
        learner.tolerate("ERR_INTERNET_DISCONNECTED");
        learner.tolerate("Failed to fetch");
        learner.signIn(room.anLogin(), TestAccounts.PASSWORD);
        Page page = learner.page();
        page.navigate("/my/tests");
        page.getByText("Bắt đầu làm bài").click();
        assertThat(page).hasURL(Pattern.compile("/my/attempts/"));
        learner.settle();
        UUID attemptId = UUID.fromString(page.url().replaceAll(".*/my/attempts/", ""));
        AttemptPaper paper = onServer(account, attemptId);
        PaperQuestion first = ofType(paper, QuestionType.SINGLE_CHOICE, 0);
        PaperQuestion second = ofType(paper, QuestionType.SINGLE_CHOICE, 1);
        PaperQuestion statements = ofType(paper, QuestionType.TRUE_FALSE_STATEMENTS, 0);
        assertThat(page.locator("#timer")).hasText(Pattern.compile("Còn 4[45]:\\d\\d"));
        // The statements' question reads "Cho \(f(x) = x^2\)." (or g and x^3); its formula is drawn as MathML.
        Locator statementsText = page.locator("fieldset[data-type=TRUE_FALSE_STATEMENTS] .question-text");
        assertThat(statementsText.locator("math msup > mn")).hasText(Pattern.compile("^[23]$"));
        assertThat(statementsText).hasText(Pattern.compile("^Cho [fg]\\(x\\)\\s*=\\s*x\\s*[23]\\s*\\.$"));

        page.locator(radio(first, AssessmentFixture.rightOption(first))).check();
        assertThat(page.locator("#save-state")).hasText("Đã lưu mọi câu trả lời");
        Assertions.assertThat(onServer(account, attemptId).answers())
                .containsEntry(
                        first.questionId(),
                        new Response.Selected(java.util.List.of(AssessmentFixture.rightOption(first))));
        learner.screenshot("assessment-paper");

        learner.context().setOffline(true);
        page.locator(radio(second, AssessmentFixture.rightOption(second))).check();
        assertThat(page.locator("#save-state")).containsText("câu trả lời được giữ trên máy");
        Assertions.assertThat(onServer(account, attemptId).answers()).doesNotContainKey(second.questionId());
        learner.context().setOffline(false);
        assertThat(page.locator("#save-state")).hasText("Đã lưu mọi câu trả lời");
        Assertions.assertThat(onServer(account, attemptId).answers()).containsKey(second.questionId());

        learner.context().setOffline(true);
        String name = "q." + statements.questionId();
        page.locator("input[name='" + name + ".0'][value=true]").check();
        page.locator("input[name='" + name + ".1'][value=false]").check();
        Assertions.assertThat(page.evaluate("() => Object.keys(JSON.parse(localStorage.getItem('ecenter.attempt."
                        + attemptId + "') || '{}'))"))
                .asList()
                .containsExactly(statements.questionId().toString());
        page.close();
        learner.context().setOffline(false);
        Assertions.assertThat(onServer(account, attemptId).answers()).doesNotContainKey(statements.questionId());

        Page reopened = learner.context().newPage();
        reopened.navigate("http://localhost:" + port + "/my/attempts/" + attemptId);
        assertThat(reopened.locator("#save-state")).hasText("Đã lưu mọi câu trả lời");
        assertThat(reopened.locator("input[name='" + name + ".0'][value=true]")).isChecked();
        Assertions.assertThat(onServer(account, attemptId).answers())
                .containsEntry(
                        statements.questionId(), new Response.Truths(java.util.Arrays.asList(true, false, null, null)));

        reopened.onDialog(dialog -> dialog.accept());
        reopened.locator("#submit-form button").click();
        // Two right single choices (0,25 each); two statements of four judged right (0,25 of 1 point).
        assertThat(reopened.locator(".result-card .score")).hasText("Điểm: 0,75 / 1,50");
        Assertions.assertThat(reopened.evaluate("() => localStorage.getItem('ecenter.attempt." + attemptId + "')"))
                .isNull();
        Assertions.assertThat(learner.takeProblems()).isEmpty();
    }

    private static String radio(PaperQuestion question, String optionId) {
        return "input[name='q." + question.questionId() + "'][value='" + optionId + "']";
    }
}
