package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * One browser tab in a fresh context (no cookies, no storage) that records every JavaScript error, failed load and
 * Content-Security-Policy violation it sees, so that a test can fail on them.
 */
final class WatchedPage implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Chromium reports a blocked resource in the console, and the page's {@code securitypolicyviolation} event names
     * the directive; the script turns the event into a console error, so that both routes end in one list.
     */
    private static final String REPORT_POLICY_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', function (e) {
              console.error('Content-Security-Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
            }, true);
            """;

    private final BrowserContext context;
    private final Page page;
    private final Screen screen;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> tolerated = new ArrayList<>();

    private WatchedPage(BrowserContext context, Page page, Screen screen) {
        this.context = context;
        this.page = page;
        this.screen = screen;
    }

    static WatchedPage open(Browser browser, String baseUrl, Screen screen) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(screen.width, screen.height)
                .setDeviceScaleFactor(1)
                .setIsMobile(screen.mobile)
                .setHasTouch(screen.mobile));
        context.setDefaultTimeout(20_000);
        context.addInitScript(REPORT_POLICY_VIOLATIONS);
        Page page = context.newPage();
        WatchedPage watched = new WatchedPage(context, page, screen);
        page.onConsoleMessage(watched::console);
        page.onPageError(error -> watched.problems.add("JavaScript error: " + error));
        return watched;
    }

    private void console(ConsoleMessage message) {
        String text = message.text();
        boolean policy = text.contains("Content Security Policy") || text.contains("Content-Security-Policy");
        // The browser asks for /favicon.ico by itself; the application has no icon yet, and no page links one.
        boolean favicon = message.location().contains("/favicon.ico");
        if (("error".equals(message.type()) || policy)
                && !favicon
                && tolerated.stream().noneMatch(text::contains)) {
            problems.add(message.type() + " on " + page.url() + ": " + text + " (" + message.location() + ")");
        }
    }

    Page page() {
        return page;
    }

    BrowserContext context() {
        return context;
    }

    /** A console error containing this text is expected from now on (for example a deliberate 401). */
    void tolerate(String text) {
        tolerated.add(text);
    }

    /**
     * Waits until the page has loaded its styles and scripts. Assertions on text pass as soon as the HTML is parsed;
     * measurements, screenshots and the final check of the console must wait for the rest.
     */
    void settle() {
        page.waitForLoadState(LoadState.LOAD);
    }

    /** JavaScript errors, failed loads and policy violations seen since the last call. */
    List<String> takeProblems() {
        List<String> seen = List.copyOf(problems);
        problems.removeAll(seen);
        return seen;
    }

    void signIn(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
    }

    /** Signs out through the user menu (desktop layout) and checks that the sign-in page says so. */
    void signOut(String fullName) {
        // The menu opens through Bootstrap's script, which runs only once the page has loaded.
        settle();
        page.locator("#userMenu").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn đã đăng xuất.");
        assertThat(page.getByText(fullName)).hasCount(0);
    }

    /** How wide the document is, in CSS pixels: more than the screen means sideways scrolling. */
    int documentWidth() {
        settle();
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + "-" + screen.suffix() + ".png");
        settle();
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    Screen screen() {
        return screen;
    }

    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return "page at " + page.url() + " on " + screen.name().toLowerCase(Locale.ROOT);
    }
}
