package org.joinedup.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.server.stats.StatsRun.resourceRows;
import static org.joinedup.server.stats.StatsRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.text.CsvRow;
import org.joinedup.core.text.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats compare} gives the benchmark results of the hand-worked Fingertips cases of the benchmark
 * package's fixtures ({@code /stats/compare_handworked.csv}, see the README), exactly.
 */
class CompareTest {
    @TempDir
    Path dir;

    @Test
    void everyHandWorkedCaseGivesItsExpectedSignificance() throws IOException {
        Map<List<String>, List<CsvRow>> runs = new LinkedHashMap<>();
        for (CsvRow row : resourceRows("compare_handworked.csv")) {
            runs.computeIfAbsent(
                            List.of(row.get("method"), row.get("confidence"), row.get("polarity"), row.get("unit")),
                            k -> new ArrayList<>())
                    .add(row);
        }
        int checked = 0;
        for (Map.Entry<List<String>, List<CsvRow>> run : runs.entrySet()) {
            List<CsvRow> rows = run.getValue();
            StringBuilder text = new StringBuilder();
            CsvWriter writer = new CsvWriter(text);
            writer.row(rows.get(0).header().names());
            rows.forEach(r -> writer.row(r.values()));
            Path in = Files.writeString(dir.resolve("compare" + checked + ".csv"), text);
            List<String> args = new ArrayList<>(List.of(
                    "compare",
                    "--in",
                    in.toString(),
                    "--method",
                    run.getKey().get(0),
                    "--confidence",
                    run.getKey().get(1),
                    "--polarity",
                    run.getKey().get(2)));
            if (!run.getKey().get(3).isEmpty()) {
                args.addAll(List.of("--unit", run.getKey().get(3)));
            }
            List<CsvRow> out = run(args.toArray(String[]::new)).table();
            assertThat(out).hasSameSizeAs(rows);
            for (CsvRow row : out) {
                assertThat(row.get("significance"))
                        .as(run.getKey() + ": " + row.get("rule"))
                        .isEqualTo(row.get("expected"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(57);
    }

    @Test
    void theMethodsColumnsAreRequired() throws IOException {
        Path in = Files.writeString(dir.resolve("c.csv"), "value,lci95,uci95\n50,45,55\n");
        StatsRun run = run("compare", "--in", in.toString(), "--method", "ci95");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .startsWith(
                        in + ", row 1, column benchmark_value: missing column (the header has value, lci95, uci95)");
    }
}
