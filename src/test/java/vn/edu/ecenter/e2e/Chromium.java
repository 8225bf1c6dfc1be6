package vn.edu.ecenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium ({@code apt-get install chromium}) driven by Playwright, as a JUnit extension: one browser per
 * test class, a fresh context per page, and after each test every page is closed and the test fails if a page logged
 * a JavaScript error or a Content-Security-Policy violation.
 *
 * <p>Playwright never downloads a browser of its own, and the flags keep Chromium off the network (the test machines
 * have none). A missing Chromium fails the tests with instructions instead of skipping them, so that a CI machine
 * without the browser cannot pass silently.
 */
final class Chromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** {@code ECENTER_CHROMIUM} may point elsewhere on a developer's machine. */
    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("ECENTER_CHROMIUM", "/usr/bin/chromium"));

    static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;
    private final List<WatchedPage> pages = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new AssertionError("Browser tests need Chromium at " + EXECUTABLE
                    + ", which is missing. Install it with `apt-get install -y chromium` (.ci/run does so),"
                    + " or point ECENTER_CHROMIUM at a Chromium executable.");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    /** A new tab in a new browser context (its own cookies and storage) on the given screen. */
    WatchedPage open(String baseUrl, Screen screen) {
        if (browser == null) {
            throw new IllegalStateException("Chromium is not running; register the extension as a static field");
        }
        WatchedPage page = WatchedPage.open(browser, baseUrl, screen);
        pages.add(page);
        return page;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> problems = new ArrayList<>();
        for (WatchedPage page : pages) {
            try {
                page.settle();
            } catch (PlaywrightException e) {
                problems.add(page + " did not finish loading: " + e.getMessage());
            }
            problems.addAll(page.takeProblems());
            page.close();
        }
        pages.clear();
        assertThat(problems)
                .as("JavaScript errors and Content-Security-Policy violations in the browser")
                .isEmpty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
