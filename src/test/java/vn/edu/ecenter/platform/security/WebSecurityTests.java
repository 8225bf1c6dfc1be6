package vn.edu.ecenter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** Protections every page has: CSRF tokens on forms, security headers, and htmx requests without a session. */
@EcenterTest
@DisplayName("Bảo vệ chung của các trang")
class WebSecurityTests {

    private static final String CSRF_MESSAGE = "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ.";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest(name = "token: \"{0}\"")
    @ValueSource(strings = {"", "gia-mao"})
    @DisplayName("Biểu mẫu thiếu hoặc sai mã CSRF bị từ chối, không ghi gì")
    void refusesFormWithoutValidCsrfTokenAndWritesNothing(String token) {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        int accountsBefore = accounts.accountCount();
        String username = "csrf." + UUID.randomUUID().toString().substring(0, 8);

        Page page = director.postWithoutCsrf(
                "/admin/accounts", "username", username, "fullName", "Kẻ Giả Mạo", "roles", "TEACHER", "_csrf", token);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.mainText()).contains(CSRF_MESSAGE);
        assertThat(page.document().select("nav.navbar")).as("in the layout").isNotEmpty();
        page.showsNoJavaInternals();
        assertThat(accounts.accountCount()).isEqualTo(accountsBefore);
    }

    @Test
    @DisplayName("Đăng nhập không có mã CSRF bị từ chối")
    void refusesSignInWithoutCsrfToken() {
        Browser browser = Browser.at(port);
        browser.get("/login");

        Page refused = browser.postWithoutCsrf("/login", "username", "vanthu", "password", TestAccounts.DEMO_PASSWORD);

        // Not signed in, so the token can only have expired with the session: back to the sign-in page, told why.
        assertThat(refused.location()).isEqualTo("/login?expired");
        assertThat(browser.get("/login?expired").mainText()).contains("Phiên làm việc đã hết hạn");
        assertThat(browser.get("/").location()).isEqualTo("/login");
    }

    @Test
    @DisplayName("Đăng xuất không có mã CSRF bị từ chối, phiên vẫn còn")
    void refusesSignOutWithoutCsrfToken() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);

        assertThat(browser.postWithoutCsrf("/logout").status()).isEqualTo(403);
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Yêu cầu htmx sai mã CSRF được yêu cầu tải lại trang")
    void asksHtmxToReloadThePageWhenCsrfTokenIsWrong() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);

        Page refused = browser.submit("/account/password", List.of("HX-Request", "true"), "_csrf", "het-han");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("HX-Refresh")).isEqualTo("true");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/", "/account/password", "/admin/centres", "/khong-co-trang-nay"})
    @DisplayName("Mọi trang có các tiêu đề bảo mật")
    void sendsSecurityHeadersWithEveryPage(String path) {
        Browser browser = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        Page page = path.equals("/login") ? Browser.at(port).get(path) : browser.get(path);

        String policy = page.header("Content-Security-Policy");
        assertThat(policy).isNotNull().contains("default-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(policy.contains("frame-ancestors 'none'") || "DENY".equals(page.header("X-Frame-Options")))
                .as("framing forbidden")
                .isTrue();
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isNotBlank();
    }

    @Test
    @DisplayName("API cũng có tiêu đề bảo mật")
    void sendsSecurityHeadersWithApiAnswers() {
        Page answer = Browser.at(port).getJson("/api/v1/me");

        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @ParameterizedTest(name = "session: \"{0}\"")
    @ValueSource(strings = {"", "ZmFrZS1leHBpcmVkLXNlc3Npb24"})
    @DisplayName("Yêu cầu htmx khi chưa đăng nhập hoặc hết phiên được chuyển về trang đăng nhập bằng HX-Redirect")
    void redirectsHtmxRequestWithoutSessionBySignal(String session) {
        Browser browser = Browser.at(port);
        if (!session.isEmpty()) {
            browser.withCookie("SESSION", session);
        }

        Page page = browser.get("/admin/accounts", "HX-Request", "true");

        assertThat(page.header("HX-Redirect")).isEqualTo("/login");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("<form", "<html");
    }
}
