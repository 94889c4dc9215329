package org.joinedup.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests in a real browser against the real server: the application listens on a random port
 * over the same store as {@link StoreTestSupport} (same data directory, so the embedded PostgreSQL the
 * store tests started is found and reused, not started twice), and chromium drives it.
 *
 * <p>One browser per test class, a fresh browser context (cookies, storage, history) per test. Every
 * page a test looks at through {@link #check} is saved as a full-page screenshot in {@code
 * target/screenshots} and checked with axe. Any console error or uncaught script error fails the test.
 */
@Tag("browser")
@ExtendWith(Chromium.class)
public abstract class BrowserTestSupport extends StoreTestSupport {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private final List<String> browserErrors = new ArrayList<>();
    /** The page under test, fresh for each test. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(Chromium.launchOptions());
        // Actions and navigation keep Playwright's 30 s; assertions get 10 s rather than 5, for busy machines.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
        playwright = null;
        browser = null;
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 800)
                .setLocale("en-GB"));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            String text = "console error at " + message.location() + ": " + message.text();
            if ("error".equals(message.type()) && !KnownDefects.isKnownConsoleError(text)) {
                browserErrors.add(text);
            }
        });
        page.onPageError(error -> browserErrors.add("page error: " + error));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        assertThat(browserErrors)
                .as("console errors and uncaught script errors in the browser")
                .isEmpty();
    }

    /** Opens a path of the application and checks it answered 200. */
    protected Response open(String path) {
        Response response = page.navigate(path);
        assertThat(response).as("response to " + path).isNotNull();
        assertThat(response.status()).as("status of " + path).isEqualTo(200);
        return response;
    }

    /** Saves a full-page screenshot of the page now shown as {@code target/screenshots/NAME.png}. */
    protected void screenshot(String name) {
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /**
     * Saves a screenshot of the page now shown (see {@link #screenshot}) and requires axe to find no WCAG
     * 2.2 AA violation on it beyond those {@link KnownDefects} lists for its kind of page.
     */
    protected void check(String name, PageKind kind) {
        screenshot(name);
        Accessibility.assertNoViolations(page, name, kind);
    }

    /** The path and query of the page shown, e.g. {@code /?area=QHM}. */
    protected String pathAndQuery() {
        String url = page.url();
        String base = "http://localhost:" + port;
        assertThat(url).startsWith(base);
        return url.substring(base.length());
    }
}
