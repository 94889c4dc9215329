package org.joinedup.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvRow;
import org.joinedup.core.text.CsvTable;
import org.joinedup.server.JoinedUp;
import picocli.CommandLine;

/** Runs {@code joinedup stats ...} in process, as the launcher would, and reads what it printed. */
record StatsRun(int exit, String out, String err) {
    /**
     * Tolerance of the PHEindicatormethods vectors (reference/methods.md: matched exactly or to the printed
     * precision; the core's tests use 1e-9 relative).
     */
    static final double PHE_RELATIVE = 1e-9;

    static StatsRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new JoinedUp());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("stats"));
        all.addAll(List.of(args));
        int exit = command.execute(all.toArray(String[]::new));
        return new StatsRun(exit, out.toString(), err.toString());
    }

    static String resource(String name) {
        try {
            return Path.of(StatsRun.class.getResource("/stats/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CsvRow> rows(String text, String name) {
        CsvTable table = Csv.read(text, name);
        return table.rows();
    }

    static List<CsvRow> resourceRows(String name) {
        try {
            return rows(java.nio.file.Files.readString(Path.of(resource(name))), name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The output, which must have succeeded, as CSV rows. */
    List<CsvRow> table() {
        assertThat(exit).as(err).isZero();
        assertThat(err).isEmpty();
        return rows(out, "output");
    }

    /** The output rows keyed by a column. */
    Map<String, CsvRow> by(String column) {
        return table().stream().collect(Collectors.toMap(r -> r.get(column), Function.identity()));
    }

    /** Empty expected means absent; otherwise within {@code relative} (or {@code absolute}) of the expected. */
    static void assertClose(String what, String expected, String actual, double relative, double absolute) {
        if (expected.isEmpty() || expected.equals("NA")) {
            assertThat(actual).as(what + " should be empty").isEmpty();
            return;
        }
        assertThat(actual).as(what + " should be present").isNotEmpty();
        double e = Double.parseDouble(expected);
        double a = Double.parseDouble(actual);
        double tolerance = Math.max(relative * Math.abs(e), absolute);
        assertThat(Math.abs(a - e))
                .as("%s: expected %s, got %s (tolerance %s)", what, expected, actual, tolerance)
                .isLessThanOrEqualTo(tolerance);
    }
}
