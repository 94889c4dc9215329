package org.joinedup.server.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of defects the pages have today that the browser tests let through: each is a defect to
 * fix in the templates or static files, after which its entry must go. The aim is two empty lists.
 *
 * <p>Accessibility: a listed axe rule that no longer fails on its kind of page makes the tests fail
 * until it is removed, so that list can only shrink.
 */
final class KnownDefects {
    private KnownDefects() {}

    /** axe rule ids (WCAG 2.2 AA) still failing, by kind of page. */
    static final Map<PageKind, Set<String>> AXE_RULES = Map.of();

    /** Browser console errors still expected, each matched by a part of its text. */
    static final List<String> CONSOLE_ERRORS = List.of();

    static Set<String> axeRulesOn(PageKind kind) {
        return AXE_RULES.getOrDefault(kind, Set.of());
    }

    static boolean isKnownConsoleError(String text) {
        return CONSOLE_ERRORS.stream().anyMatch(text::contains);
    }
}
