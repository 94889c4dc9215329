package org.joinedup.server.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The accessibility check itself: it must catch real violations, and keep the list of known ones short. */
class AccessibilityCheckBrowserTest extends BrowserTestSupport {
    private static final String INACCESSIBLE = "<!DOCTYPE html><html><head></head><body>"
            + "<button></button><p style='color:#bbb;background:#fff'>Faint text</p></body></html>";

    @Test
    void violationsFailWithTheRuleAndTheElement() {
        page.setContent(INACCESSIBLE);
        assertThatThrownBy(() -> Accessibility.assertNoViolations(page, "inaccessible", PageKind.SCORECARD, Set.of()))
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("document-title")
                .hasMessageContaining("button-name")
                .hasMessageContaining("<button></button>")
                .hasMessageContaining("color-contrast");
    }

    @Test
    void onlyTheListedRulesAreLetThrough() {
        page.setContent(INACCESSIBLE);
        assertThatThrownBy(() -> Accessibility.assertNoViolations(
                        page, "inaccessible", PageKind.SCORECARD, Set.of("html-has-lang", "document-title")))
                .hasMessageContaining("button-name")
                .hasMessageNotContaining("html-has-lang");
        assertThatCode(() -> Accessibility.assertNoViolations(
                        page,
                        "inaccessible",
                        PageKind.SCORECARD,
                        Set.of("html-has-lang", "document-title", "button-name", "color-contrast")))
                .doesNotThrowAnyException();
    }

    @Test
    void aListedRuleThatNoLongerFailsMustBeRemovedFromTheList() {
        page.setContent("<!DOCTYPE html><html lang='en'><head><title>Fine</title></head>"
                + "<body><main><h1>Fine</h1></main></body></html>");
        assertThatThrownBy(() ->
                        Accessibility.assertNoViolations(page, "fine", PageKind.ABOUT_DATA, Set.of("color-contrast")))
                .hasMessageContaining("no longer finds [color-contrast]")
                .hasMessageContaining("KnownDefects");
    }
}
