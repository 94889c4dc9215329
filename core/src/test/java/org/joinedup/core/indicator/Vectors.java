package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvRow;

/**
 * Reads the PHEindicatormethods reference vectors in {@code /vectors/phe/} and compares with their values.
 *
 * <p>Tolerance: the reference values are unrounded doubles, and methods.md records that an independent
 * transcription matched them exactly or to the printed precision. Values are therefore compared at
 * {@link #RELATIVE} (1e-9 relative), and the rows stored to 8 decimal places at half a unit of the 8th
 * decimal ({@link #EIGHT_DP}).
 */
final class Vectors {
    static final double RELATIVE = 1e-9;
    static final double EIGHT_DP = 0.5e-8;

    private Vectors() {}

    static List<CsvRow> rows(String file) {
        String path = "/vectors/phe/" + file;
        try (InputStream in = Vectors.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8), path).rows().stream()
                    .filter(r -> !r.isBlank())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The number in a cell, or null for "NA" or an empty cell. */
    static Double number(CsvRow row, String column) {
        String text = row.get(column).trim();
        return text.isEmpty() || text.equals("NA") ? null : Double.valueOf(text);
    }

    /** Expected NA means absent; otherwise present and within {@link #RELATIVE} of the expected value. */
    static void assertMatches(String what, Double expected, OptionalDouble actual) {
        assertMatches(what, expected, actual, RELATIVE, 0);
    }

    static void assertMatches(String what, Double expected, OptionalDouble actual, double relative, double absolute) {
        if (expected == null) {
            assertThat(actual).as(what + " should be absent (NA)").isEmpty();
            return;
        }
        assertThat(actual).as(what + " should be present").isPresent();
        assertClose(what, expected, actual.getAsDouble(), relative, absolute);
    }

    static void assertClose(String what, double expected, double actual, double relative, double absolute) {
        double tolerance = Math.max(relative * Math.abs(expected), absolute);
        assertThat(Math.abs(actual - expected))
                .as("%s: expected %s, got %s (tolerance %s)", what, expected, actual, tolerance)
                .isLessThanOrEqualTo(tolerance);
    }
}
