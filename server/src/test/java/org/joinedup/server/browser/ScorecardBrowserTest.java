package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The scorecard as a person sees it, for England and for an area of each kind. */
class ScorecardBrowserTest extends BrowserTestSupport {
    @Test
    void england() {
        open("/");
        assertThat(page).hasTitle("Scorecard: England - JoinedUp");
        assertThat(page.locator("h1")).hasText("Integration scorecard: England");
        for (String section : new String[] {"People's experience", "Services", "System"}) {
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions()
                                    .setName(section)
                                    .setExact(true)
                                    .setLevel(2)))
                    .isVisible();
        }
        assertThat(page.getByText("Transfers of care between care settings are readily managed without delays"))
                .isVisible();
        assertThat(page.locator(".headline-band")).containsText("metrics have a figure");
        assertThat(page.locator("#area")).hasValue("E92000001");
        check("scorecard-england", PageKind.SCORECARD);
    }

    @Test
    void anIcbByItsCode() {
        open("/?area=QHM");
        assertThat(page.locator("h1")).containsText("North East and North Cumbria");
        // The picker shows the ICB chosen, under its ONS code.
        assertThat(page.locator("#area")).hasValue("E54000050");
        assertThat(page.getByText("Sum of").first()).isVisible();
        check("scorecard-icb-QHM", PageKind.SCORECARD);
    }

    @Test
    void aLocalAuthority() {
        open("/?area=E06000001");
        assertThat(page.locator("h1")).hasText("Integration scorecard: Hartlepool");
        assertThat(page.getByText("Carer-reported quality of life").first()).isVisible();
        check("scorecard-local-authority-E06000001", PageKind.SCORECARD);
    }

    @Test
    void aTrust() {
        open("/?area=RF4");
        assertThat(page.locator("h1")).containsText("Barking, Havering and Redbridge");
        assertThat(page.getByText("Reported for this area").first()).isVisible();
        check("scorecard-trust-RF4", PageKind.SCORECARD);
    }

    @Test
    void anUnknownCodeShowsTheNoticeAndEngland() {
        open("/?code=NOPE1");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("No area has the code 'NOPE1'. Showing England instead.");
        assertThat(page.locator("h1")).hasText("Integration scorecard: England");
        assertThat(page.locator("#code")).hasValue("NOPE1");
        check("scorecard-unknown-code", PageKind.SCORECARD);
    }
}
