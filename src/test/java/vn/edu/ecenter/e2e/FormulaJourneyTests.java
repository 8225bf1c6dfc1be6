package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Formulas written in LaTeX are drawn in the browser (static/js/math.js): MathJax's TeX input turns each into MathML,
 * which Chromium draws itself, under the pages' strict Content-Security-Policy (the extension fails a test on any
 * violation or JavaScript error). Text around a formula stays as written; a formula MathJax cannot read stays visible
 * and marked; dollar signs of money are not taken for formulas.
 */
@EcenterTest
class FormulaJourneyTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    QuestionBanks banks;

    private static final String TEXT = "Cho biểu thức \\(\\frac{1}{2}x^2 + \\sqrt{3}\\) và công thức nghiệm"
            + " $$x_{1,2}=\\frac{-b\\pm\\sqrt{\\Delta}}{2a}$$ (giá 5$ hoặc 10$; viết sai: \\(\\frac{1}{\\)).";

    @Test
    @DisplayName(
            "Trên điện thoại, giáo viên thấy công thức của câu hỏi được vẽ, chữ xung quanh giữ nguyên, công thức sai"
                    + " vẫn hiện và được đánh dấu")
    void aTeacherSeesTheQuestionsFormulasDrawn() {
        Classroom room = fixture.classroom();
        QuestionView question = academics.as(
                room.ha(),
                () -> banks.addQuestion(
                        room.bank().id(),
                        new QuestionSpec(
                                new Question(
                                        TEXT,
                                        Body.Choice.single(List.of(
                                                Option.right("1", "\\(\\mathbb{R}\\)"),
                                                Option.wrong("2", "$[1; +\\infty)$"))),
                                        null),
                                new Metadata("", 10, "Hàm số", CognitiveLevel.BIET, null, List.of()))));
        WatchedPage phone = chromium.open("http://localhost:" + port, Screen.PHONE);
        phone.signIn(room.ha().username(), TestAccounts.PASSWORD);
        Page page = phone.page();
        page.navigate("/assessment/questions/" + question.id());

        Locator text = page.locator(".question-text");
        assertThat(text).hasAttribute("data-math", "done");
        assertThat(text.locator("math")).hasCount(2);

        Locator inline = text.locator("math[display=inline]");
        assertThat(inline.locator("mfrac > mn")).hasText(new String[] {"1", "2"});
        assertThat(inline.locator("msup > mi")).hasText("x");
        assertThat(inline.locator("msqrt > mn")).hasText("3");
        assertThat(inline).hasAttribute("alttext", "\\frac{1}{2}x^2 + \\sqrt{3}");

        Locator display = text.locator("math[display=block]");
        assertThat(display.locator("msub > mi")).hasText("x");
        assertThat(display.locator("mfrac msqrt")).hasText("Δ");
        assertThat(display.locator("mfrac > mrow").last()).hasText("2a");

        // The browser draws the MathML: the numerator stands above the denominator.
        var numerator = inline.locator("mfrac > mn").first().boundingBox();
        var denominator = inline.locator("mfrac > mn").last().boundingBox();
        Assertions.assertThat(numerator.y + numerator.height).isLessThanOrEqualTo(denominator.y + 1);

        assertThat(text).containsText("Cho biểu thức");
        assertThat(text).containsText("và công thức nghiệm");
        assertThat(text).containsText("(giá 5$ hoặc 10$; viết sai: ");
        Locator unreadable = text.locator(".math-error");
        assertThat(unreadable).hasText("\\(\\frac{1}{\\)");
        assertThat(unreadable).hasAttribute("title", Pattern.compile("^Không đọc được công thức: .*brace"));
        assertThat(unreadable).isVisible();

        assertThat(page.locator(".options li").first().locator("math")).hasText("ℝ");
        assertThat(page.locator(".options li").last().locator("math")).containsText("∞");

        // Nothing of MathJax's output (which would inject <style> elements) was loaded.
        Assertions.assertThat(page.evaluate("() => document.querySelectorAll('style, [style]').length"))
                .isEqualTo(0);
        Assertions.assertThat(phone.documentWidth())
                .as("the page fits the phone")
                .isLessThanOrEqualTo(Screen.PHONE.width);
        phone.screenshot("assessment-formulas");
        Assertions.assertThat(phone.takeProblems()).isEmpty();
    }

    @Test
    @DisplayName("Trang soạn câu hỏi xem trước công thức khi gõ")
    void theEditorPreviewsTheFormulas() {
        Classroom room = fixture.classroom();
        WatchedPage desktop = chromium.open("http://localhost:" + port, Screen.DESKTOP);
        desktop.signIn(room.ha().username(), TestAccounts.PASSWORD);
        Page page = desktop.page();
        page.navigate("/assessment/banks/" + room.bank().id() + "/questions/new?type=SINGLE_CHOICE");
        assertThat(page.locator("#q-preview")).isVisible();

        page.locator("#q-text").fill("Nghiệm của \\(x^2 = 4\\) là");
        assertThat(page.locator("#q-preview math msup > mn")).hasText("2");
        assertThat(page.locator("#q-preview")).containsText("Nghiệm của");
        assertThat(page.locator("#q-preview")).containsText(" là");

        page.locator("#q-text").fill("Sai: \\(\\sqrt{\\)");
        assertThat(page.locator("#q-preview .math-error")).hasText("\\(\\sqrt{\\)");
        assertThat(page.locator("#q-preview math")).hasCount(0);
    }

    static Stream<Arguments> delimiters() {
        return Stream.of(
                Arguments.of("giá 5$ hoặc 10$", "giá 5$ hoặc 10$"),
                Arguments.of("$5 và $10", "$5 và $10"),
                Arguments.of("5$/kg và 7$/kg", "5$/kg và 7$/kg"),
                Arguments.of("$ x$ và $x $", "$ x$ và $x $"),
                Arguments.of("$x$5", "$x$5"),
                Arguments.of("số $x$ và $y^2$.", "số [i:x] và [i:y^2]."),
                Arguments.of("\\(a\\) và \\[b\\]", "[i:a] và [d:b]"),
                Arguments.of("$$\\frac{a}{b}$$", "[d:\\frac{a}{b}]"),
                Arguments.of("giá \\$5 và $x$", "giá \\$5 và [i:x]"),
                Arguments.of("$a\\$b$", "[i:a\\$b]"),
                Arguments.of("$a\nb$", "$a\nb$"),
                Arguments.of("\\(chưa đóng", "\\(chưa đóng"),
                Arguments.of("$$chưa đóng", "$$chưa đóng"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("delimiters")
    @DisplayName("Dấu mở và đóng công thức; dấu $ của tiền không bị coi là công thức")
    void delimiters(String text, String pieces) {
        WatchedPage visitor = chromium.open("http://localhost:" + port, Screen.DESKTOP);
        Page page = visitor.page();
        page.navigate("/login");
        page.waitForFunction("() => window.ecenterMath !== undefined");
        Object split = page.evaluate(
                "s => ecenterMath.split(s).map(p => p.tex === undefined ? p.text"
                        + " : '[' + (p.display ? 'd' : 'i') + ':' + p.tex + ']').join('')",
                text);
        Assertions.assertThat(split).isEqualTo(pieces);
    }
}
