package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.Timetables;
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
    Timetables timetables;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Jobs jobs;

    @Test
    @DisplayName("Sửa tay TKB: mỗi ô báo trước vi phạm, chuyển tiết vào ô không vi phạm (máy tính và điện thoại)")
    void theDirectorMovesALessonToASlotThatBreaksNothing() {
        String className = "J" + AcademicsFixture.unique();
        VersionView draft = solvedDraft(className);

        for (Screen screen : Screen.values()) {
            WatchedPage director = chromium.open("http://localhost:" + port, screen);
            director.signIn("giamdoc", TestAccounts.DEMO_PASSWORD);
            Page page = director.page();
            page.navigate("/timetable/versions/" + draft.id());
            director.settle();
            assertThat(page.locator("h2")).containsText(className);
            Locator lessons = page.locator("table.timetable-week .lesson");
            assertThat(lessons).hasCount(5);
            director.screenshot("timetable-class");

            lessons.filter(new Locator.FilterOptions().setHasText("Ngữ văn"))
                    .first()
                    .getByText("Sửa")
                    .click();
            director.settle();
            // 30 morning slots: the lesson's own, the other Ngữ văn lesson's (a swap would change nothing), 28 choices.
            assertThat(page.locator("table.move-options td[data-verdict=here]")).hasCount(1);
            assertThat(page.locator("table.move-options td[data-verdict=none]")).hasCount(1);
            assertThat(page.locator("table.move-options td form")).hasCount(28);
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
            assertThat(page.locator("table.timetable-week .lesson")).hasCount(5);
            Assertions.assertThat(director.takeProblems()).isEmpty();
        }
    }

    /** One morning class with Toán (3 periods, a double among them) and Ngữ văn (2), solved. */
    private VersionView solvedDraft(String className) {
        fixture.asDirector(() -> academics.installStandardProgramme());
        SchoolYearView year = fixture.schoolYear(2048);
        ClassView schoolClass = fixture.asDirector(() ->
                academics.createClass(new CreateClass(year.id(), className, 10, ClassSession.MORNING, null, null)));
        UUID maths = fixture.teacher("Hồ Văn Toán", null, 17);
        UUID literature = fixture.teacher("Lâm Thị Văn", null, 17);
        fixture.asDirector(() -> academics.assignAll(List.of(
                new Assign(schoolClass.id(), subject("TOAN"), maths, new BigDecimal("3")),
                new Assign(schoolClass.id(), subject("VAN"), literature, new BigDecimal("2")))));
        VersionView draft = fixture.asDirector(() -> timetables.createDraft(year.id(), year.startsOn(), null));
        UUID job = fixture.asDirector(() -> timetables.solve(draft.id(), 1, 2));
        await().atMost(Duration.ofMinutes(2))
                .until(() -> fixture.asDirector(() -> jobs.view(job)).finished());
        return fixture.asDirector(() -> timetables.version(draft.id()));
    }

    private UUID subject(String code) {
        return fixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }
}
