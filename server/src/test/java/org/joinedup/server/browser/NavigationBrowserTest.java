package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Moving between pages with links, the back button and the keyboard. */
class NavigationBrowserTest extends BrowserTestSupport {
    @Test
    void aboutTheDataFromTheFooterAndBack() {
        open("/?area=RF4");
        page.locator("footer")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("About the data"))
                .click();
        page.waitForURL("**/about/data");
        assertThat(page).hasTitle("About the data - JoinedUp");
        assertThat(page.locator("h1")).hasText("About the data");
        assertThat(page.getByRole(
                        AriaRole.TABLE, new Page.GetByRoleOptions().setName("Data sets shipped with JoinedUp")))
                .isVisible();
        check("about-data", PageKind.ABOUT_DATA);

        page.goBack();
        assertThat(pathAndQuery()).isEqualTo("/?area=RF4");
        assertThat(page.locator("h1")).containsText("Barking, Havering and Redbridge");
        screenshot("about-data-back-to-RF4");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichTakesTheKeyboardToMain() {
        open("/");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");
        assertThat(page.locator(":focus")).hasAttribute("href", "#main");
        assertThat(page.locator(":focus")).isInViewport();
        screenshot("skip-link-focused");

        page.keyboard().press("Enter");
        assertThat(pathAndQuery()).isEqualTo("/#main");
        // Focus is now at main: the next Tab goes to the first control inside it, not back to the masthead.
        page.keyboard().press("Tab");
        assertThat(page.locator("main :focus")).hasCount(1);
        assertThat(page.locator(":focus")).hasAttribute("id", "area");
    }

    @Test
    void theSkipLinkOnTheAboutPage() {
        open("/about/data");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.locator("main :focus")).hasText("Open Government Licence v3.0");
    }
}
