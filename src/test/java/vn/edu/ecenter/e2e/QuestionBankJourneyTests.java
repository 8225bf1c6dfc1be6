package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A teacher adding a question to the subject's bank from a 360 px phone, as the user guide ({@code
 * docs/user-guide/assessment.md}) describes it: open the bank, add a single-choice question, see it listed waiting
 * for review. Every page fits the phone's width and runs without a JavaScript error or a Content-Security-Policy
 * violation; the screenshots are the guide's.
 */
@EcenterTest
class QuestionBankJourneyTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Test
    @DisplayName("Trên điện thoại 360 px: mở ngân hàng, thêm câu một lựa chọn, thấy câu trong danh sách chờ duyệt")
    void aTeacherAddsASingleChoiceQuestionFromAPhone() {
        Classroom room = fixture.classroom();
        WatchedPage phone = chromium.open("http://localhost:" + port, Screen.PHONE);
        phone.signIn(room.ha().username(), TestAccounts.PASSWORD);
        Page page = phone.page();

        page.navigate("/assessment/banks");
        fits(phone, "assessment-banks");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(room.bank().name()))
                .click();
        assertThat(page.locator("h1")).hasText(room.bank().name());
        fits(phone, "assessment-bank");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm câu hỏi"))
                .click();
        page.getByText("Trắc nghiệm một lựa chọn").click();
        assertThat(page.locator("h1")).hasText("Thêm câu hỏi");
        page.locator("#q-text").fill("Tập xác định của hàm số \\(y = \\sqrt{x - 1}\\) là");
        page.getByLabel("Phương án 1", new Page.GetByLabelOptions().setExact(true))
                .fill("\\([1; +\\infty)\\)");
        page.getByLabel("Phương án 2", new Page.GetByLabelOptions().setExact(true))
                .fill("\\((1; +\\infty)\\)");
        page.getByLabel("Phương án 3", new Page.GetByLabelOptions().setExact(true))
                .fill("\\(\\mathbb{R}\\)");
        page.getByLabel("Phương án 4", new Page.GetByLabelOptions().setExact(true))
                .fill("\\((-\\infty; 1]\\)");
        page.getByLabel("Phương án 1 là đúng").check();
        page.locator("#q-topic").fill("Hàm số");
        page.locator("#q-level").selectOption("HIEU");
        fits(phone, "assessment-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu câu hỏi"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/assessment/questions/[0-9a-f-]{36}\\?saved$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        // The option's formula \([1; +\infty)\) is drawn (static/js/math.js).
        assertThat(page.locator(".options li.right-option math")).hasText(Pattern.compile("^\\[1;\\s*\\+\\s*∞\\)$"));
        fits(phone, "assessment-question");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(room.bank().name()))
                .click();
        assertThat(page.locator(".question-list > li")).hasCount(7);
        assertThat(page.locator(".question-list > li").last()).containsText("Tập xác định của hàm số");
        assertThat(page.locator(".question-list > li").last()).containsText("Chờ duyệt");

        page.navigate("/assessment/tests?classId=" + room.schoolClass().id());
        assertThat(page.locator("h1")).containsText(room.schoolClass().name());
        fits(phone, "assessment-class-tests");

        // The page's script adds a blueprint row and fills the exam's points in place (no round trip).
        phone.settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm dòng"))
                .click();
        assertThat(page.locator(".blueprint-row")).hasCount(2);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Theo cấu trúc thi tốt nghiệp")
                                .setExact(true))
                .click();
        assertThat(page.locator("#points-SINGLE_CHOICE")).hasValue("0,25");
        assertThat(page.locator("#points-TRUE_FALSE_STATEMENTS")).hasValue("1");
        assertThat(page).hasURL(Pattern.compile("/assessment/tests\\?classId=[0-9a-f-]{36}$"));
    }

    /** The page is no wider than the phone, and its screenshot is kept for the user guide. */
    private static void fits(WatchedPage phone, String name) {
        phone.screenshot(name);
        Assertions.assertThat(phone.documentWidth())
                .as("width of %s on a 360 px phone (more means sideways scrolling)", name)
                .isLessThanOrEqualTo(Screen.PHONE.width);
    }
}
