package org.joinedup.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.server.stats.StatsRun.PHE_RELATIVE;
import static org.joinedup.server.stats.StatsRun.assertClose;
import static org.joinedup.server.stats.StatsRun.resource;
import static org.joinedup.server.stats.StatsRun.resourceRows;
import static org.joinedup.server.stats.StatsRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indicator methods reproduce the PHEindicatormethods vectors (copied into {@code /stats/}, see its
 * README) from CSV, at 1e-9 relative; rows the workbook stores to 8 decimal places at half a unit of the
 * 8th decimal.
 */
class IndicatorVectorsTest {
    private static final List<String> COLUMNS =
            List.of("value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl");

    @TempDir
    Path dir;

    @Test
    void proportionsMatchThePheVectorsAndPassOtherColumnsThrough() {
        assertRowsMatchTheirExpectedColumns(run("proportion", "--in", resource("proportions.csv")), 11);
    }

    @Test
    void ratesMatchThePheVectorsIncludingANumeratorAboveTheDenominator() {
        assertRowsMatchTheirExpectedColumns(run("rate", "--in", resource("rates.csv")), 12);
    }

    private static void assertRowsMatchTheirExpectedColumns(StatsRun run, int count) {
        List<CsvRow> rows = run.table();
        assertThat(rows).hasSize(count);
        assertThat(rows.get(0).header().names())
                .startsWith("area", "numerator", "denominator", "expected_value")
                .endsWith("source_row", "value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl");
        for (CsvRow row : rows) {
            for (String column : COLUMNS) {
                assertClose(
                        row.get("area") + " " + column,
                        row.get("expected_" + column),
                        row.get(column),
                        PHE_RELATIVE,
                        0);
            }
        }
    }

    @Test
    void oneConfidenceLevelGivesItsOwnColumns() {
        List<CsvRow> rows = run(
                        "proportion", "--in", resource("proportions.csv"), "--confidence", "0.95", "--multiplier", "1")
                .table();
        assertThat(rows.get(0).header().names()).endsWith("value", "lower95_0cl", "upper95_0cl");
        // testdata_Prop row 2: Area1, 1 of 100, as a proportion of 1
        assertClose("Area1 lower", "0.0017674320641406511", rows.get(0).get("lower95_0cl"), PHE_RELATIVE, 0);
        assertClose("Area1 upper", "0.054486196178705294", rows.get(0).get("upper95_0cl"), PHE_RELATIVE, 0);
    }

    @Test
    void directlyStandardisedRatesMatchPerGroup() {
        Map<String, CsvRow> out = run("dsr", "--in", resource("dsr_input.csv")).by("group");
        assertMatchesExpected("dsr_expected.csv", "independent", out, PHE_RELATIVE, 0);
        assertThat(out.get("testdata_tiny").header().names())
                .containsExactly(
                        "group",
                        "value",
                        "lower95_0cl",
                        "upper95_0cl",
                        "lower99_8cl",
                        "upper99_8cl",
                        "numerator",
                        "denominator");
    }

    @Test
    void theStandardPopulationColumnCanBeLeftToTheDefaultEsp2013() throws IOException {
        // the vectors' standard_population column is ESP2013, so dropping it changes nothing once the PHE
        // test data's band label 55-69 (a typo for 55-59, with the weight of 55-59) is corrected
        StringBuilder text = new StringBuilder("group,age_band,numerator,denominator\n");
        for (CsvRow row : resourceRows("dsr_input.csv")) {
            text.append(String.join(",", row.values().subList(0, 4)).replace(",55-69,", ",55-59,"))
                    .append('\n');
        }
        Path in = Files.writeString(dir.resolve("dsr.csv"), text);
        Map<String, CsvRow> out =
                run("dsr", "--in", in.toString(), "--standard", "esp2013").by("group");
        assertMatchesExpected("dsr_expected.csv", "independent", out, PHE_RELATIVE, 0);
    }

    @Test
    void nonIndependentEventsMatchToTheWorkbooksEightDecimals() {
        Map<String, CsvRow> out = run(
                        "dsr", "--in", resource("dsr_nonindependent_input.csv"), "--method", "nonindependent")
                .by("group");
        assertMatchesExpected("dsr_expected.csv", "nonindependent", out, 0, 0.5e-8 * 1.0001);
    }

    @Test
    void indirectlyStandardisedRatesAndRatiosMatch() {
        for (CsvRow expected : resourceRows("isr_expected.csv")) {
            String method = expected.get("method");
            Map<String, CsvRow> out = run(
                            method,
                            "--in",
                            resource("isr_input.csv"),
                            "--reference",
                            resource("isr_reference.csv"),
                            "--multiplier",
                            expected.get("multiplier"))
                    .by("group");
            CsvRow actual = out.get(expected.get("group"));
            String what = method + " x" + expected.get("multiplier") + " " + expected.get("group");
            for (String column : COLUMNS) {
                assertClose(what + " " + column, expected.get(column), actual.get(column), PHE_RELATIVE, 0);
            }
            assertClose(what + " expected", expected.get("expected"), actual.get("expected"), PHE_RELATIVE, 0);
            assertThat(actual.get("numerator")).isEqualTo(expected.get("numerator"));
            assertThat(actual.get("denominator")).isEqualTo("8970");
        }
    }

    @Test
    void meansMatchPerGroupAndOverTheWholeFile() throws IOException {
        Map<String, CsvRow> grouped =
                run("mean", "--in", resource("means_input.csv")).by("group");
        StringBuilder ungrouped = new StringBuilder("value\n");
        for (CsvRow row : resourceRows("means_input.csv")) {
            ungrouped.append(row.get("value")).append('\n');
        }
        Path in = Files.writeString(dir.resolve("values.csv"), ungrouped);
        List<CsvRow> all = run("mean", "--in", in.toString()).table();
        assertThat(all).hasSize(1);
        for (CsvRow expected : resourceRows("means_expected.csv")) {
            CsvRow actual = expected.get("group").isEmpty() ? all.get(0) : grouped.get(expected.get("group"));
            for (String column : COLUMNS) {
                assertClose(
                        "mean " + expected.get("group") + " " + column,
                        expected.get(column),
                        actual.get(column),
                        PHE_RELATIVE,
                        0);
            }
        }
    }

    private static void assertMatchesExpected(
            String file, String method, Map<String, CsvRow> out, double relative, double absolute) {
        int checked = 0;
        for (CsvRow expected : resourceRows(file)) {
            if (!expected.get("method").equals(method)) {
                continue;
            }
            CsvRow actual = out.get(expected.get("group"));
            assertThat(actual).as(expected.get("group")).isNotNull();
            for (String column : COLUMNS) {
                assertClose(
                        expected.get("group") + " " + column,
                        expected.get(column),
                        actual.get(column),
                        relative,
                        absolute);
            }
            assertThat(actual.get("numerator")).isEqualTo(expected.get("numerator"));
            assertThat(actual.get("denominator")).isEqualTo(expected.get("denominator"));
            checked++;
        }
        assertThat(checked).isEqualTo(out.size());
    }
}
