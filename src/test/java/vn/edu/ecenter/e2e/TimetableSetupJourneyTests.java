package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.timetable.TimetableSetups;

/** The timetable set-up pages fit a 360 px phone: the director can set up the timetable from a phone. */
@EcenterTest
class TimetableSetupJourneyTests {

    static final String DEMO_PASSWORD = "Demo@2026";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    TimetableSetups setups;

    @Autowired
    AcademicsFixture fixture;

    @Test
    @DisplayName("Mọi trang cài đặt xếp thời khóa biểu vừa màn hình điện thoại 360 px")
    void everySetUpPageFitsOnAPhone() {
        var year = fixture.currentYear();
        UUID teacher = fixture.asDirector(() -> setups.teachers(year.id())).stream()
                .findFirst()
                .orElseThrow()
                .staffId();
        WatchedPage phone = chromium.open("http://localhost:" + port, Screen.PHONE);
        phone.signIn("giamdoc", DEMO_PASSWORD);

        for (String page : new String[] {
            "", "/grid", "/rules", "/rooms", "/activities", "/meetings", "/teachers?staffId=" + teacher, "/courses"
        }) {
            phone.page().navigate("/timetable/setup" + page);
            assertThat(phone.page().locator("h1")).isVisible();
            phone.screenshot("timetable-setup" + page.replaceAll("[/?=]", "-").replaceAll("-staffId.*", ""));
            Assertions.assertThat(phone.documentWidth())
                    .as("width of /timetable/setup%s on a 360 px phone (more means sideways scrolling)", page)
                    .isLessThanOrEqualTo(Screen.PHONE.width);
        }
    }
}
