package org.joinedup.server.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** Runs axe-core in the page and holds it to WCAG 2.2 level AA. */
final class Accessibility {
    /** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA (axe has no rule tagged wcag22a). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {}

    /**
     * Fails unless axe finds no violation on the page, apart from those {@link KnownDefects}
     * lists for its kind; also fails if a listed one no longer occurs, so that the list is kept short.
     */
    static void assertNoViolations(Page page, String name, PageKind kind) {
        assertNoViolations(page, name, kind, KnownDefects.axeRulesOn(kind));
    }

    static void assertNoViolations(Page page, String name, PageKind kind, Set<String> known) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_22_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // Details of violations only: passes of a large page are slow to serialise and nobody reads them.
        options.setResultTypes(List.of("violations"));
        // The pages have no frames: run axe in the page itself rather than frame by frame and then in a
        // second blank page to combine the results.
        AxeResults results =
                new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            throw new AssertionFailedError("axe could not check " + name + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        List<Rule> unexpected =
                violations.stream().filter(r -> !known.contains(r.getId())).toList();
        if (!unexpected.isEmpty()) {
            throw new AssertionFailedError("axe found " + unexpected.size() + " WCAG 2.2 AA violation(s) on " + name
                    + " (" + page.url() + "):\n" + describe(unexpected));
        }
        Set<String> found = violations.stream().map(Rule::getId).collect(Collectors.toSet());
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(found);
        if (!fixed.isEmpty()) {
            throw new AssertionFailedError("axe no longer finds " + fixed + " on " + name + " (" + kind
                    + "): remove them from KnownDefects.AXE_RULES");
        }
    }

    static String describe(List<Rule> rules) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            text.append("- ")
                    .append(rule.getId())
                    .append(" (")
                    .append(rule.getImpact())
                    .append("): ")
                    .append(rule.getHelp())
                    .append(" ")
                    .append(rule.getHelpUrl())
                    .append('\n');
            for (CheckedNode node : rule.getNodes()) {
                text.append("    at ")
                        .append(node.getTarget())
                        .append(": ")
                        .append(node.getHtml())
                        .append('\n');
                if (node.getFailureSummary() != null) {
                    text.append("      ")
                            .append(node.getFailureSummary().replace("\n", "\n      "))
                            .append('\n');
                }
            }
        }
        return text.toString();
    }
}
