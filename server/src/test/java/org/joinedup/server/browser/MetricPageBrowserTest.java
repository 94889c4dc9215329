package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The metric page as a person sees it: England, an ICB and a trust, reached from a tile and left by Back. */
class MetricPageBrowserTest extends BrowserTestSupport {
    private static final String AE_4HR = "A&E: attendances admitted, transferred or discharged within 4 hours";

    /** A seasonal forecast is fitted after the page loads, which takes seconds on a busy machine. */
    private static final LocatorAssertions.ContainsTextOptions FORECAST_WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);

    @Test
    void englandWithItsRegionsAndTheForecastFetchedAfterThePage() {
        open("/metrics/ae_4hr?period=2019-02");
        assertThat(page).hasTitle(AE_4HR + ": England - JoinedUp");
        assertThat(page.locator("h1")).hasText(AE_4HR);
        assertThat(page.locator(".metric-headline .value")).hasText("82.7%");
        for (String section : new String[] {
            "Definition",
            "Over time: statistical process control",
            "Compared with peers",
            "By patient group",
            "Forecast",
            "Values and revisions",
            "Data quality kite mark",
            "Downloads"
        }) {
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions()
                                    .setName(section)
                                    .setExact(true)
                                    .setLevel(2)))
                    .isVisible();
        }
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(AE_4HR + ": England, over time")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Definition versions")))
                .isVisible();
        // The chart's table opens from its summary.
        Locator spcTable = page.locator("section[aria-labelledby=h-spc] table.chart-data");
        assertThat(spcTable).isHidden();
        page.locator("section[aria-labelledby=h-spc] summary").click();
        assertThat(spcTable).isVisible();
        assertThat(spcTable).containsText("Feb 2019");
        // The seasonal forecast arrives in place of its note.
        assertThat(page.locator("#forecast-body")).containsText("Exponential smoothing", FORECAST_WAIT);
        assertThat(page.locator("#forecast-body")).containsText("2018-19 is complete");
        check("metric-england-ae_4hr", PageKind.METRIC);
    }

    @Test
    void anIcbAgainstTheIcbsOfItsRegion() {
        open("/metrics/ae_4hr?area=QHM&period=2019-02");
        assertThat(page.locator(".choice-summary"))
                .containsText("NHS North East and North Cumbria Integrated Care Board");
        assertThat(page.locator(".metric-headline .value")).hasText("91.7%");
        assertThat(page.locator("section[aria-labelledby=h-benchmark] figcaption")
                        .first())
                .containsText("NHS North East and North Cumbria Integrated Care Board: 91.7%, 1st highest of 4");
        assertThat(page.locator("#forecast-body")).containsText("Exponential smoothing", FORECAST_WAIT);
        // The same parts as England's page, which axe checks: a screenshot is enough here.
        screenshot("metric-icb-QHM-ae_4hr");
    }

    @Test
    void aTrustWithItsDepartmentTypes() {
        open("/metrics/ae_4hr?area=RTD&period=2019-02");
        assertThat(page.locator(".metric-headline .value")).hasText("92.9%");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("A&E department type, Feb 2019")))
                .containsText("Type 1 (major emergency department)");
        assertThat(page.locator("#forecast-body")).containsText("Exponential smoothing", FORECAST_WAIT);
        check("metric-trust-RTD-ae_4hr", PageKind.METRIC);
    }

    @Test
    void anAreaWithoutDataSaysWhereTheMetricIsHeld() {
        open("/metrics/ae_4hr?area=E06000001");
        assertThat(page.locator(".no-data")).hasText("No data for Hartlepool; held for NHS trusts.");
        assertThat(page.locator("svg")).hasCount(0);
        check("metric-no-data-E06000001", PageKind.METRIC);
    }

    @Test
    void aTileLeadsToItsMetricAndBackKeepsTheArea() {
        open("/?area=RTD");
        page.locator("article.tile h4 a")
                .filter(new Locator.FilterOptions().setHasText(AE_4HR))
                .first()
                .click();
        page.waitForURL("**/metrics/ae_4hr?area=RTD");
        assertThat(page.locator("h1")).hasText(AE_4HR);
        assertThat(page.locator(".choice-summary"))
                .containsText("The Newcastle Upon Tyne Hospitals NHS Foundation Trust");
        // The picker on the metric page keeps the area and stays on the metric.
        assertThat(page.locator("#area")).hasValue("RTD");
        screenshot("metric-from-tile-RTD");

        page.goBack();
        assertThat(pathAndQuery()).isEqualTo("/?area=RTD");
        assertThat(page.locator("h1")).containsText("The Newcastle Upon Tyne Hospitals NHS Foundation Trust");
    }
}
