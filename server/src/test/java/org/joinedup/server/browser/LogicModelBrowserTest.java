package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The logic model as a person sees it and moves through it with the keyboard. */
class LogicModelBrowserTest extends BrowserTestSupport {
    /** The NHS focus colour every focused link takes as its background. */
    private static final String FOCUS_YELLOW = "rgb(255, 235, 59)";

    @Test
    void anIcbsModelShowsEveryLayerAndHowItsOutcomesStand() {
        open("/logic-model?area=QHM");
        assertThat(page).hasTitle("Logic model: NHS North East and North Cumbria Integrated Care Board - JoinedUp");
        for (String layer :
                new String[] {"1. Enablers", "2. Components of integrated care", "3. Outcomes", "4. Impacts"}) {
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(layer).setLevel(2)))
                    .isVisible();
        }
        assertThat(page.locator("a.lm-box")).hasCount(39);
        assertThat(page.locator("a.lm-group-link")).hasCount(7);
        assertThat(box("S1")).containsText("Good signs: vs England: 1 better; 1 no data");
        assertThat(box("S5")).containsText("Signs of concern");
        check("logic-model-icb-QHM", PageKind.LOGIC_MODEL);
    }

    @Test
    void theKeyboardReachesTheBoxesWithAVisibleFocusAndOpensOne() {
        open("/logic-model?area=E06000001");
        int presses = 0;
        while (!inDiagram() && presses++ < 60) {
            page.keyboard().press("Tab");
        }
        // The first stop in the diagram is the first group, then its first box.
        assertThat(page.locator(":focus")).hasText("Governance and decision-making");
        page.keyboard().press("Tab");
        Locator focused = page.locator(":focus");
        assertThat(focused).hasAttribute("href", "/logic-model/E-GOV-1?area=E06000001#box-detail");
        assertThat(focused).isInViewport();
        assertThat(focused.evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo(FOCUS_YELLOW);
        screenshot("logic-model-box-focused");

        page.keyboard().press("Enter");
        page.waitForURL("**/logic-model/E-GOV-1?area=E06000001#box-detail");
        assertThat(page.locator("#box-detail h2"))
                .containsText("Strong, system-wide governance and systems leadership");
        assertThat(page.locator("#box-detail")).containsText("Metrics attach to the outcome statements and impacts");
        assertThat(page.locator("a.lm-box[aria-current=true]")).hasCount(1);
        // The next Tab continues from the box's section, not from the top of the page.
        page.keyboard().press("Tab");
        assertThat(page.locator("#box-detail :focus")).hasCount(1);
    }

    @Test
    void aStatementsMetricsAndLinks() {
        open("/logic-model/P6?area=E06000001");
        assertThat(page).hasTitle("Logic model, P6: Hartlepool - JoinedUp");
        Locator detail = page.locator("#box-detail");
        assertThat(detail.locator("h2"))
                .containsText("Carers report they feel supported and have a good quality of life");
        assertThat(detail.getByRole(AriaRole.TABLE)).containsText("Carer-reported quality of life");
        assertThat(detail.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Carer-reported quality of life")))
                .hasAttribute("href", "/metrics/ascof_1d_carer_qol?area=E06000001");
        assertThat(detail.getByRole(
                        AriaRole.HEADING,
                        new Locator.GetByRoleOptions().setName("Evidence").setExact(true)))
                .isVisible();
        check("logic-model-statement-P6-E06000001", PageKind.LOGIC_MODEL);

        // The metric's own page opens for the same area.
        detail.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Carer-reported quality of life"))
                .click();
        page.waitForURL("**/metrics/ascof_1d_carer_qol?area=E06000001");
        assertThat(page)
                .hasTitle(java.util.regex.Pattern.compile("Carer-reported quality of life.*: Hartlepool - JoinedUp"));
    }

    private Locator box(String id) {
        return page.locator(".lm-diagram a.lm-box[href^='/logic-model/" + id
                + "?'], .lm-diagram a.lm-box[href^='/logic-model/" + id + "#']");
    }

    private boolean inDiagram() {
        return (Boolean) page.evaluate("() => !!document.activeElement.closest('.lm-diagram')");
    }
}
