package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file in {@code src/test/resources/chart}, exactly. To accept new output after
 * a deliberate change, run the chart tests with {@code -Djoinedup.chart.regenerate=true}, look at the files
 * and commit them.
 */
final class Golden {
    private Golden() {}

    static final Path DIRECTORY = Path.of("src/test/resources/chart");
    static final String REGENERATE = "joinedup.chart.regenerate";

    static void check(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean(REGENERATE)) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError(file + " is missing: run with -D" + REGENERATE + "=true to write it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(
                    expected,
                    actual + "\n",
                    name + " differs from its golden file; if the change is meant, " + "run with -D" + REGENERATE
                            + "=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
