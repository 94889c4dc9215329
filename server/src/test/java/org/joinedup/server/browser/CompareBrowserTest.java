package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Compare areas as a person sees it: the spine chart, the table, and a second area set beside. */
class CompareBrowserTest extends BrowserTestSupport {
    @Test
    void englandAgainstTheAreasBelowIt() {
        open("/compare");
        assertThat(page).hasTitle("Compare areas: England - JoinedUp");
        assertThat(page.getByRole(
                        AriaRole.IMG,
                        new Page.GetByRoleOptions()
                                .setName("England and the areas one level below it, latest available")))
                .isVisible();
        assertThat(page.locator("table.cmp-table tbody tr")).hasCount(10);
        check("compare-england", PageKind.COMPARE);
    }

    @Test
    void anIcbWithAPeerSetBesideItFromItsLink() {
        open("/compare?area=QHM");
        Locator table = page.locator("table.cmp-table");
        assertThat(table.locator("caption")).containsText("compared with its region, England and its peers");
        Locator firstRow = table.locator("tbody tr").first();
        assertThat(firstRow).containsText("94.8%");
        assertThat(firstRow).containsText("Better than England");
        assertThat(firstRow.getByRole(AriaRole.LINK)).hasAttribute("href", "/metrics/ae_4hr?area=E54000050");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Set a peer beside it"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("NHS West Yorkshire Integrated Care Board"))
                .click();
        page.waitForURL("**/compare?with=E54000054&area=E54000050");
        assertThat(page)
                .hasTitle("Compare areas: NHS North East and North Cumbria Integrated Care Board and NHS West Yorkshire"
                        + " Integrated Care Board - JoinedUp");
        assertThat(page.locator("table.cmp-table thead"))
                .containsText("NHS West Yorkshire Integrated Care Board compared with England");
        assertThat(page.locator("#with")).hasValue("E54000054");
        check("compare-icb-QHM-with-QWO", PageKind.COMPARE);
    }

    @Test
    void aSecondAreaTypedByItsCode() {
        open("/compare?area=E06000001");
        page.locator("#with").fill("E06000002");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set beside"))
                .click();
        page.waitForURL("**/compare?area=E06000001&with=E06000002");
        assertThat(page.locator("h1")).hasText("Compare areas: Hartlepool");
        assertThat(page.locator("table.cmp-table")).containsText("Middlesbrough");
        screenshot("compare-council-E06000001-with-E06000002");
    }
}
