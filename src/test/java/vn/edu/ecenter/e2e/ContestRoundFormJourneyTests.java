package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.Contests.ContestView;
import vn.edu.ecenter.assessment.TakenTests;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The director adds a contest round with a longer blueprint in Chromium: the page's script adds rows in place (no
 * round trip, the new fields numbered after the others) without a JavaScript error or a Content-Security-Policy
 * violation, and the round is saved with the rows as typed.
 */
@EcenterTest
class ContestRoundFormJourneyTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    TakenTests taken;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contests contests;

    @Test
    @DisplayName("Thêm vòng thi: \"Thêm dòng\" thêm dòng ma trận ngay trên trang; vòng được lưu với các dòng đã nhập")
    void theDirectorAddsBlueprintRowsInPlace() {
        Classroom room = fixture.classroom();
        taken.approveAll(room);
        ContestView contest = academics.asDirector(() -> contests.createContest(new Contests.NewContest(
                "Rung chuông vàng " + AcademicsFixture.unique(), "", Contests.Audience.LEARNERS)));
        WatchedPage desktop = chromium.open("http://localhost:" + port, Screen.DESKTOP);
        desktop.signIn(accounts.open(Role.DIRECTOR), TestAccounts.PASSWORD);
        Page page = desktop.page();
        page.navigate("/contests/" + contest.id());
        Locator rows = page.locator("#new-round .round-row");
        assertThat(rows).hasCount(3);
        page.evaluate("window.notReloaded = true");

        Locator add = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm dòng"));
        add.click();
        add.click();

        assertThat(rows).hasCount(5);
        Assertions.assertThat(page.evaluate("window.notReloaded === true"))
                .as("rows added in place")
                .isEqualTo(true);
        assertThat(page.getByLabel("Chủ đề, dòng 5")).hasAttribute("name", "topic4");
        assertThat(page.getByLabel("Số câu, dòng 5")).hasValue("");

        page.locator("#round-name").fill("Vòng trường");
        page.locator("#round-level").selectOption("CENTRE");
        page.locator("#round-bank").selectOption(room.bank().id().toString());
        page.getByLabel("Chủ đề, dòng 1").fill("Hàm số");
        page.getByLabel("Số câu, dòng 1").fill("2");
        page.getByLabel("Chủ đề, dòng 5").fill("Đạo hàm");
        page.getByLabel("Mức độ, dòng 5").selectOption("HIEU");
        page.getByLabel("Số câu, dòng 5").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vòng"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/contests/" + contest.id() + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thêm vòng thi.");
        Assertions.assertThat(academics
                        .asDirector(() -> contests.contest(contest.id()))
                        .rounds()
                        .getFirst()
                        .blueprint())
                .extracting(Blueprint.Row::topic, Blueprint.Row::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hàm số", 2),
                        org.assertj.core.groups.Tuple.tuple("Đạo hàm", 1));
    }
}
