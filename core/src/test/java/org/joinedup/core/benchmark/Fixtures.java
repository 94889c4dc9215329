package org.joinedup.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvRow;

/** Reads the fixtures in {@code /vectors/benchmark/}; see the README there for their provenance. */
final class Fixtures {
    private Fixtures() {}

    static List<CsvRow> rows(String file) {
        String path = "/vectors/benchmark/" + file;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8), path).rows().stream()
                    .filter(r -> !r.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OptionalDouble number(CsvRow row, String column) {
        String text = row.get(column).trim();
        return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    }

    static Polarity polarity(CsvRow row) {
        return Polarity.valueOf(row.get("polarity").trim().toUpperCase(Locale.ROOT));
    }

    static void assertClose(String what, double expected, double actual, double relative) {
        double tolerance = relative * Math.abs(expected);
        assertThat(Math.abs(actual - expected))
                .as("%s: expected %s, got %s (tolerance %s)", what, expected, actual, tolerance)
                .isLessThanOrEqualTo(tolerance);
    }
}
