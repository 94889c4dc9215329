package org.joinedup.server.browser;

import com.microsoft.playwright.BrowserType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system chromium the browser tests drive: Debian's package at {@code /usr/bin/chromium}, never a
 * browser Playwright downloads.
 *
 * <p>Where it is missing the browser tests are skipped with a message saying so; under continuous
 * integration ({@code CI=true}) they fail instead, since there a missing browser is a broken build.
 */
final class Chromium implements ExecutionCondition {
    /** Where Debian's chromium package puts it; {@code JOINEDUP_CHROMIUM} may point elsewhere. */
    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("JOINEDUP_CHROMIUM", "/usr/bin/chromium"));

    /**
     * Headless, and quiet on the network: the test machines reach no network beyond package registries,
     * and without these switches chromium keeps trying (sync, component updates, QUIC probes).
     */
    static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /**
     * Skips a browser test class, before its server starts, if chromium is missing; under continuous
     * integration fails it instead.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(EXECUTABLE)) {
            return ConditionEvaluationResult.enabled("chromium found at " + EXECUTABLE);
        }
        String message = "No chromium at " + EXECUTABLE + ": the browser tests need Debian's chromium package"
                + " (apt-get install chromium), or JOINEDUP_CHROMIUM set to a chromium executable.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " Under CI (CI=true) the browser tests must run.");
        }
        String skipped = message + " Skipping " + context.getDisplayName() + ".";
        System.err.println("[WARNING] " + skipped);
        return ConditionEvaluationResult.disabled(skipped);
    }

    static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS);
    }
}
