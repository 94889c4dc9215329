package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Choosing an area with the picker, from a list or by typing a code, shows its scorecard at its own URL.
 * (The pages reached are the ones {@link ScorecardBrowserTest} checks with axe, so only screenshots here.)
 */
class AreaPickerBrowserTest extends BrowserTestSupport {
    @Test
    void choosingAnAreaFromTheListShowsItsScorecard() {
        open("/");
        page.getByLabel("Area", new Page.GetByLabelOptions().setExact(true)).selectOption("E06000001");
        showScorecard();
        page.waitForURL(Pattern.compile(".*[?&]area=E06000001(&.*)?$"));
        assertThat(pathAndQuery()).startsWith("/?area=E06000001");
        assertThat(page.locator("h1")).hasText("Integration scorecard: Hartlepool");
        assertThat(page.locator("#area")).hasValue("E06000001");
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        screenshot("picker-chosen-E06000001");
    }

    @Test
    void typingACodeShowsThatArea() {
        open("/");
        page.getByLabel("or any ODS or ONS code").fill("RF4");
        showScorecard();
        page.waitForURL(Pattern.compile(".*[?&]code=RF4(&.*)?$"));
        assertThat(page.locator("h1")).containsText("Barking, Havering and Redbridge");
        assertThat(page.locator("#area")).hasValue("RF4"); // the picker now shows the area typed in
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        screenshot("picker-typed-RF4");
    }

    @Test
    void typingAnUnknownCodeShowsTheNotice() {
        open("/?area=QHM");
        page.getByLabel("or any ODS or ONS code").fill("ZZZ99");
        showScorecard();
        page.waitForURL(Pattern.compile(".*[?&]code=ZZZ99(&.*)?$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("No area has the code 'ZZZ99'. Showing England instead.");
        assertThat(page.locator("h1")).hasText("Integration scorecard: England");
        screenshot("picker-typed-unknown");
    }

    private void showScorecard() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the whole system"))
                .click();
    }
}
