package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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

    @Test
    void choosingAPeriodAndADateKeepsThemInTheUrlAndTheMenu() {
        open("/?area=RF4");
        page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)).selectOption("Q3 2018-19");
        page.getByLabel("Figures as at").fill("2030-01-01");
        showScorecard();
        page.waitForURL(Pattern.compile(".*[?&]period=Q3\\+2018-19.*"));
        assertThat(page.locator(".choice-summary")).containsText("Period: Q3 2018-19");
        assertThat(page.locator("#period")).hasValue("Q3 2018-19");
        assertThat(page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName("A&E: attendances admitted, transferred or discharged within 4 hours")
                                        .setExact(true))
                        .first()
                        .locator("xpath=ancestor::article"))
                .containsText("Dec 2018");
        // the menu carries the choice to the other pages
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Compare areas")))
                .hasAttribute("href", "/compare?area=RF4&period=Q3+2018-19&asat=2030-01-01");
        screenshot("picker-period-Q3-2018-19");
    }

    @Test
    void thePageFitsA1024PixelScreen() {
        page.setViewportSize(1024, 768);
        open("/?area=QHM");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("pixels scrolled sideways")
                .isLessThanOrEqualTo(0);
        screenshot("scorecard-1024-QHM");
    }
}
