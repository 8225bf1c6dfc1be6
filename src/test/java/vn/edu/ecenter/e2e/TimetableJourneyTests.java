package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.TimetableFixture;
import vn.edu.ecenter.timetable.VersionView;

/**
 * The director editing a solved draft as the user guide ({@code docs/user-guide/timetable.md}) describes it: the class's
 * week, "Sửa" on a lesson, every slot coloured by what a move there would break, a move that breaks nothing, back to the
 * week with the lesson in its new slot. On a desktop and on a phone, without a JavaScript error or a
 * Content-Security-Policy violation.
 */
@EcenterTest
class TimetableJourneyTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    TimetableFixture centres;

    @Test
    @DisplayName("Sửa tay TKB: mỗi ô báo trước vi phạm, chuyển tiết vào ô không vi phạm (máy tính và điện thoại)")
    void theDirectorMovesALessonToASlotThatBreaksNothing() {
        TimetableFixture.Centre centre = centres.centre(2048);
        VersionView draft = centres.solvedDraft(centre, centre.year().startsOn(), null);

        for (Screen screen : Screen.values()) {
            WatchedPage director = chromium.open("http://localhost:" + port, screen);
            director.signIn("giamdoc", TestAccounts.DEMO_PASSWORD);
            Page page = director.page();
            page.navigate("/timetable/versions/" + draft.id());
            director.settle();
            assertThat(page.locator("h2")).containsText("10A1");
            Locator lessons = page.locator("table.timetable-week .lesson");
            // Toán 3, Ngữ văn 3, Tin học 2 (1.5 a week rounded half up).
            assertThat(lessons).hasCount(8);
            director.screenshot("timetable-class");

            lessons.filter(new Locator.FilterOptions().setHasText("Ngữ văn"))
                    .first()
                    .getByText("Sửa")
                    .click();
            director.settle();
            // 30 morning slots: the lesson's own, the two other Ngữ văn lessons' (a swap changes nothing), 27 choices.
            assertThat(page.locator("table.move-options td[data-verdict=here]")).hasCount(1);
            assertThat(page.locator("table.move-options td[data-verdict=none]")).hasCount(2);
            assertThat(page.locator("table.move-options td form")).hasCount(27);
            director.screenshot("timetable-lesson");
            Locator free = page.locator("table.move-options td[data-verdict=ok] button");
            Assertions.assertThat(free.count())
                    .as("slots where a move breaks nothing")
                    .isPositive();

            free.first().click();
            director.settle();

            assertThat(page).hasURL(Pattern.compile("/timetable/versions/" + draft.id() + "\\?view=class&of="));
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)
                            .first())
                    .hasText("Đã chuyển tiết.");
            assertThat(page.locator("table.timetable-week .lesson")).hasCount(8);
            Assertions.assertThat(director.takeProblems()).isEmpty();
        }
    }
}
