package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The learner's test pages through the running server, as a browser without JavaScript uses them: the list, starting
 * with the access code, the paper without keys, saving the whole form, submitting and the score.
 */
@EcenterTest
@DisplayName("Trang bài kiểm tra của học viên: danh sách, bắt đầu, làm bài, lưu, nộp bài")
class MyTestsPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    QuestionBanks banks;

    Classroom room;

    @BeforeEach
    void classroom() {
        room = fixture.classroom();
    }

    /** The option id whose label reads the sum's right answer ("3 + 3 = ?" → the option "6"). */
    private static String rightOption(Element question) {
        String text = question.selectFirst(".question-text").text();
        int i = Integer.parseInt(text.substring(0, text.indexOf(' ')));
        for (Element option : question.select("label.option")) {
            if (option.selectFirst("span").text().equals(String.valueOf(2 * i))) {
                return option.selectFirst("input").val();
            }
        }
        throw new AssertionError("no right option in " + question);
    }

    @Test
    @DisplayName("Học viên thấy bài, nhập mã truy cập, làm bài không cần JavaScript, nộp bài và thấy điểm")
    void aLearnerTakesATestWithoutJavaScript() {
        TestView test = fixture.set(room, fixture.nationalStyle(room, false, "TOAN15"));
        Browser an = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);

        Page list = an.get("/my/tests");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.mainText()).contains("Kiểm tra 15 phút", "3 câu · 45 phút", "Đang mở", "Đã làm 0/1 lần");

        Page wrongCode = an.post("/my/tests/" + test.id() + "/start", "accessCode", "TOAN16");
        assertThat(wrongCode.location()).isEqualTo("/my/tests");
        assertThat(an.get("/my/tests").mainText()).contains("Mã truy cập không đúng.");

        Page started = an.post("/my/tests/" + test.id() + "/start", "accessCode", "toan15");
        assertThat(started.location()).startsWith("/my/attempts/");
        String attempt = started.location();
        Document paper = an.get(attempt).document();
        assertThat(paper.select("fieldset.question")).hasSize(3);
        assertThat(paper.select("table.statements tbody tr")).hasSize(4);
        assertThat(paper.html()).doesNotContain("weight", "isTrue");

        List<String> form = new ArrayList<>();
        for (Element question : paper.select("fieldset.question")) {
            String name = "q." + question.attr("data-question");
            if (question.attr("data-type").equals("SINGLE_CHOICE")) {
                form.addAll(List.of(name, rightOption(question)));
            } else {
                form.addAll(
                        List.of(name + ".0", "true", name + ".1", "false", name + ".2", "false", name + ".3", "false"));
            }
        }
        Page saved = an.post(attempt, form.toArray(String[]::new));
        assertThat(saved.location()).isEqualTo(attempt);
        Document again = an.get(attempt).document();
        assertThat(again.select(".alert-success").text()).isEqualTo("Đã lưu 3 câu trả lời.");
        assertThat(again.select("input[type=radio][checked]")).hasSize(2 + 4);
        assertThat(again.select(".question-nav a.answered")).hasSize(3);

        Page submitted = an.post(attempt + "/submit");
        assertThat(submitted.location()).isEqualTo(attempt);
        Document result = an.get(attempt).document();
        // Two right single choices (0,25 each) and three statements of four judged right (0,5 of 1 point).
        assertThat(result.select(".result-card .score").text()).isEqualTo("Điểm: 1,00 / 1,50");
        assertThat(result.select("fieldset.question")).isEmpty();
        assertThat(an.get("/my/tests").mainText()).contains("Điểm: 1,00 / 1,50", "Đã làm 1/1 lần");
    }

    @Test
    @DisplayName("Học viên khác không mở được bài làm; giáo viên không vào trang học viên")
    void anotherLearnerCannotOpenTheAttempt() {
        TestView test = fixture.set(room, fixture.nationalStyle(room, false, null));
        Browser an = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);
        String attempt = an.post("/my/tests/" + test.id() + "/start").location();

        Browser binh = Browser.signedIn(port, room.binhLogin(), TestAccounts.PASSWORD);
        Browser ha = Browser.signedIn(port, room.ha().username(), TestAccounts.PASSWORD);

        assertThat(binh.get(attempt).status()).isEqualTo(403);
        assertThat(ha.get("/my/tests").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Học viên mẫu 7926000001 thấy bài kiểm tra mẫu của lớp 10A1 và làm được")
    void theDemoLearnerCanTakeTheDemoTest() {
        Browser learner = Browser.signedIn(port, "7926000001", TestAccounts.DEMO_PASSWORD);

        Page list = learner.get("/my/tests");

        assertThat(list.mainText()).contains("Kiểm tra thường xuyên – Hàm số bậc hai", "10 câu · 30 phút");
        Element start = list.document().selectFirst("form.start-form");
        assertThat(start).isNotNull();
        Page started = learner.post(start.attr("action"));
        assertThat(started.location()).startsWith("/my/attempts/");
        Document paper = learner.get(started.location()).document();
        assertThat(paper.select("fieldset.question[data-type=SINGLE_CHOICE]")).hasSize(6);
        assertThat(paper.select("fieldset.question[data-type=TRUE_FALSE_STATEMENTS]"))
                .hasSize(2);
        assertThat(paper.select("fieldset.question[data-type=NUMERIC]")).hasSize(2);
    }

    @Test
    @DisplayName("Ô chọn của câu ghép đôi viết công thức bằng chữ thường (x², √9), không để nguyên mã LaTeX")
    void dropDownsShowFormulasInPlainCharacters() {
        academics.as(
                room.ha(),
                () -> banks.addQuestion(
                        room.bank().id(),
                        new QuestionSpec(
                                new Question(
                                        "Ghép mỗi biểu thức với giá trị của nó.",
                                        new Body.Matching(
                                                List.of(
                                                        new Pair("1", "\\(2^2\\)", "\\(\\sqrt{16}\\)"),
                                                        new Pair("2", "\\(3^2\\)", "\\(\\sqrt{81}\\)")),
                                                List.of("\\(x^2\\)")),
                                        null),
                                new Metadata("", 10, "Lũy thừa", CognitiveLevel.BIET, null, List.of()))));
        java.time.Instant now = java.time.Instant.now();
        TestView test = fixture.set(
                room,
                new NewTest(
                        "Ghép đôi lũy thừa",
                        room.bank().id(),
                        room.schoolClass().id(),
                        List.of(new Blueprint.Row("Lũy thừa", null, QuestionType.MATCHING, 1)),
                        15,
                        now.minus(java.time.Duration.ofMinutes(5)),
                        now.plus(java.time.Duration.ofHours(1)),
                        true,
                        1,
                        null,
                        false,
                        java.util.Map.of()));
        Browser an = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);

        Page started = an.post("/my/tests/" + test.id() + "/start");
        Document paper = an.get(started.location()).document();

        Element first = paper.selectFirst("fieldset.question[data-type=MATCHING] select");
        assertThat(first.select("option").eachText()).containsExactlyInAnyOrder("—", "√16", "√81", "x²");
        assertThat(first.select("option").eachAttr("value")).contains("\\(x^2\\)");
        assertThat(paper.select("fieldset.question label").eachText()).contains("\\(2^2\\)");
    }
}
