package vn.edu.ecenter.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** Every rendered page gets the layout's data; redirects, JSON and files do not. */
@EcenterTest
class PageLayoutTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aSignedInPageShowsTheNavigationOfTheUsersRolesTheUserAndTheCsrfHeaderForHtmx() {
        Document director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD)
                .get("/admin/audit")
                .document();
        Document teacher = Browser.signedIn(port, "gv.toan", TestAccounts.DEMO_PASSWORD)
                .get("/")
                .document();

        assertThat(links(director)).contains("/admin/audit");
        assertThat(links(teacher)).isNotEmpty().doesNotContain("/admin/audit");
        assertThat(director.select("#userMenu").text()).isNotBlank();
        assertThat(director.body().attr("hx-headers")).matches("\\{\"X-CSRF-TOKEN\": \"[^\"]+\"}");
        assertThat(director.select("a.nav-link.active").eachAttr("href")).containsExactly("/admin/audit");
    }

    @Test
    void onlyTheLongestLinkThePageLiesUnderIsMarkedCurrent() {
        List<NavigationEntry> entries = List.of(
                new NavigationEntry("a", "/timetable", Set.of("DIRECTOR"), 1),
                new NavigationEntry("b", "/timetable/setup", Set.of("DIRECTOR"), 2),
                new NavigationEntry("c", "/", Set.of("DIRECTOR"), 0));

        assertThat(PageLayout.activeHref(entries, "/timetable/setup/rules")).isEqualTo("/timetable/setup");
        assertThat(PageLayout.activeHref(entries, "/timetable/versions/1")).isEqualTo("/timetable");
        assertThat(PageLayout.activeHref(entries, "/timetables")).isEqualTo("/");
        assertThat(PageLayout.activeHref(entries, "/timetable")).isEqualTo("/timetable");
    }

    @Test
    void linksToOwnStaticFilesCarryTheirContentHashAndOtherLinksAreLeftAsWritten() {
        Document page = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD)
                .get("/")
                .document();

        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).matches("/assets/css/ecenter-[0-9a-f]{32}\\.css"))
                .anySatisfy(href -> assertThat(href).startsWith("/webjars/bootstrap/"));
        assertThat(page.select("a[href=/account/password]")).isNotEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                        .filter(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                        .toList())
                .as("one filter rewrites links")
                .hasSize(1);
    }

    @Test
    void aRedirectCarriesNoLayoutDataInItsAddress() {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);

        Page started = director.post("/admin/audit/verify");

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).contains("/jobs/").doesNotContain("?");
    }

    private static List<String> links(Document page) {
        return page.select("ul.navbar-nav.me-auto a.nav-link").stream()
                .map(Element::attributes)
                .map(attributes -> attributes.get("href"))
                .toList();
    }
}
