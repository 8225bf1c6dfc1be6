package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.support.EcenterTest;

/**
 * The account journeys of the user guide ({@code docs/user-guide/sign-in-and-accounts.md}), whose screenshots come
 * from here: a director opens an account, its owner signs in for the first time and must choose a password; too
 * many wrong passwords lock a username; the system administrator works inside a centre and leaves it.
 */
@EcenterTest
class AccountJourneyTests {

    static final String DEMO_PASSWORD = SignInJourneyTests.DEMO_PASSWORD;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Test
    @DisplayName("Tài khoản mới: ban giám đốc tạo, người dùng đổi mật khẩu tạm ở lần đăng nhập đầu tiên")
    void newAccountMustChooseItsOwnPasswordAtFirstSignIn() {
        String username = "gv.moi" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        WatchedPage director = chromium.open(baseUrl(), Screen.DESKTOP);
        director.signIn("giamdoc", DEMO_PASSWORD);
        director.page().getByRole(AriaRole.LINK, exactName("Tài khoản")).first().click();
        assertThat(director.page().locator("h1")).hasText("Tài khoản");
        director.page().locator("#username").fill(username);
        director.page().locator("#fullName").fill("Đỗ Thị Lan");
        director.page().getByLabel("Giáo viên").check();
        director.page().getByRole(AriaRole.BUTTON, exactName("Tạo tài khoản")).click();
        Locator issued = director.page().locator(".issued-password");
        assertThat(issued).isVisible();
        String temporary = issued.textContent().strip();
        assertThat(director.page().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username)))
                .containsText("Chờ đổi mật khẩu");
        director.screenshot("accounts-issued");

        WatchedPage teacher = chromium.open(baseUrl(), Screen.DESKTOP);
        teacher.signIn(username, temporary);
        assertThat(teacher.page()).hasURL(Pattern.compile("/account/password$"));
        teacher.page().navigate("/");
        assertThat(teacher.page()).hasURL(Pattern.compile("/account/password$"));
        assertThat(teacher.page().getByRole(AriaRole.STATUS)).containsText("lần đăng nhập đầu tiên");
        teacher.screenshot("password-first-sign-in");

        teacher.page().getByLabel("Mật khẩu hiện tại").fill(temporary);
        teacher.page()
                .getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true))
                .fill("Lan2026moi");
        teacher.page().getByLabel("Nhập lại mật khẩu mới").fill("Lan2026moi");
        teacher.page().getByRole(AriaRole.BUTTON, exactName("Lưu mật khẩu mới")).click();
        assertThat(teacher.page().getByRole(AriaRole.STATUS)).hasText("Đã đổi mật khẩu.");
        teacher.page().navigate("/");
        assertThat(teacher.page().locator("h1")).hasText("Trang chủ — Giáo viên");
    }

    @Test
    @DisplayName("Sai mật khẩu nhiều lần: tên đăng nhập bị tạm khóa và trang nói rõ bao lâu")
    void tooManyWrongPasswordsLockTheUsernameForAWhile() {
        String username = "khong.co." + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        WatchedPage login = chromium.open(baseUrl(), Screen.DESKTOP);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.signIn(username, "sai-mat-khau-" + attempt);
            assertThat(login.page()).hasURL(Pattern.compile("/login\\?error$"));
        }

        login.signIn(username, "sai-mat-khau-6");

        assertThat(login.page()).hasURL(Pattern.compile("/login\\?locked=\\d+$"));
        assertThat(login.page().getByRole(AriaRole.ALERT))
                .hasText("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
        login.screenshot("login-locked");
    }

    @Test
    @DisplayName("Quản trị hệ thống làm việc tại một trung tâm rồi trở về cấp hệ thống")
    void systemAdministratorWorksInsideACentreAndLeavesIt() {
        WatchedPage admin = chromium.open(baseUrl(), Screen.DESKTOP);
        Page page = admin.page();
        admin.signIn("admin", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, exactName("Trung tâm")).first().click();
        assertThat(page.locator("h1")).hasText("Trung tâm");
        Locator demoRow = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Trung tâm GDTX Lê Quý Đôn (demo)"));
        admin.screenshot("centres");

        demoRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Làm việc tại trung tâm này"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        Locator banner = page.locator(".acting-banner");
        assertThat(banner).hasText("Quản trị hệ thống đang làm việc tại: Trung tâm GDTX Lê Quý Đôn (demo)");
        assertThat(page.locator("section.home")).containsText("Học kỳ");
        admin.screenshot("acting-in-centre");

        page.getByRole(AriaRole.LINK, exactName("Tài khoản")).first().click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("giamdoc")))
                .containsText("Trần Văn Minh");

        page.navigate("/admin/centres");
        page.getByRole(AriaRole.BUTTON, exactName("Trở về cấp hệ thống")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/centres$"));
        assertThat(banner).hasCount(0);
        Assertions.assertThat(page.locator("section").textContent()).contains("Lê Quý Đôn");
    }

    private static Page.GetByRoleOptions exactName(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
