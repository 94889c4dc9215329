package org.joinedup.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.period.PeriodType;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRunTest {
    @TempDir
    Path temp;

    private PipelineRun.Result run(Map<String, List<Observation>> out, List<PipelineRun.Progress> progress) {
        return run(PipelineFixture.writeCsv(temp.resolve("input")), out, progress);
    }

    private PipelineRun.Result run(
            Path input, Map<String, List<Observation>> out, List<PipelineRun.Progress> progress) {
        try (DuckDbEngine engine = new DuckDbEngine(new EngineSettings("256MB", 1))) {
            return PipelineRun.run(
                    engine,
                    input,
                    new PipelineRun.Options(
                            Definition.builtIns(),
                            BuiltInCatalogue.load(),
                            ReferenceTables.fromFolder(PipelineFixture.OPENDATA, temp.resolve("reference")),
                            RunWindow.parse("2024-04", "2025-03"),
                            temp.resolve("work")),
                    (definition, observations) -> out.put(definition.metricId(), observations),
                    progress::add);
        }
    }

    @Test
    void givesEachMetricThePeriodsOfItsCatalogueFrequencyAndRecordsProvenance() {
        Map<String, List<Observation>> out = new HashMap<>();
        List<PipelineRun.Progress> progress = new ArrayList<>();

        PipelineRun.Result result = run(out, progress);

        assertThat(out.get("emergency_admissions_per_100k"))
                .extracting(o -> o.key().period().type())
                .containsOnly(PeriodType.MONTH);
        assertThat(out.get("emergency_admissions_65"))
                .extracting(o -> o.key().period().label())
                .containsOnly("Q1 2024-25", "Q2 2024-25", "Q3 2024-25", "Q4 2024-25");
        assertThat(out.get("reablement_91_days"))
                .extracting(o -> o.key().period().label())
                .containsOnly("2024-25");
        // los_14_plus is defined for 2021-22 only: its rows are left out and said so.
        assertThat(out.get("los_14_plus")).isEmpty();
        assertThat(result.notes()).anyMatch(n -> n.startsWith("los_14_plus: left out"));
        assertThat(result.provenance().definitionVersions()).hasSize(17).containsEntry("falls_65_dsr", 1);
        assertThat(result.provenance().inputRows())
                .containsEntry("hospital_spells", 15L)
                .containsEntry("persons", 7L);
        assertThat(result.provenance().inputFingerprint()).hasSize(64);
        assertThat(progress.get(progress.size() - 1).definitionsDone()).isEqualTo(17);
        assertThat(progress.get(progress.size() - 1).observations()).isEqualTo(result.total());
    }

    @Test
    void theSameInputHasTheSameFingerprintAndTheSameObservations() {
        Map<String, List<Observation>> first = new HashMap<>();
        Map<String, List<Observation>> second = new HashMap<>();

        PipelineRun.Result a = run(first, new ArrayList<>());
        PipelineRun.Result b = run(second, new ArrayList<>());

        assertThat(b.provenance().inputFingerprint()).isEqualTo(a.provenance().inputFingerprint());
        assertThat(b.provenance().runId()).isNotEqualTo(a.provenance().runId());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void parquetInputGivesTheSameObservationsAsCsv() throws Exception {
        Path csv = PipelineFixture.writeCsv(temp.resolve("csv"));
        Path parquet = Files.createDirectories(temp.resolve("parquet"));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement()) {
            for (String table : PipelineRun.findInputs(csv).keySet()) {
                // typed as DuckDB guesses them (dates as DATE, codes of digits as numbers)
                String rows = "SELECT * FROM read_csv('" + csv.resolve(table + ".csv") + "', header = true)";
                if (table.equals("hospital_spells")) {
                    // a folder of two files, as a Parquet export often is
                    Files.createDirectories(parquet.resolve(table));
                    s.execute("COPY (" + rows + " LIMIT 7) TO '" + parquet.resolve(table + "/part-1.parquet")
                            + "' (FORMAT parquet)");
                    s.execute("COPY (" + rows + " OFFSET 7) TO '" + parquet.resolve(table + "/part-2.parquet")
                            + "' (FORMAT parquet)");
                } else {
                    s.execute("COPY (" + rows + ") TO '" + parquet.resolve(table + ".parquet") + "' (FORMAT parquet)");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT typeof(admission_date) FROM read_parquet('"
                    + parquet.resolve("hospital_spells/*.parquet") + "') LIMIT 1")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("DATE");
            }
        }
        Map<String, List<Observation>> fromCsv = new HashMap<>();
        Map<String, List<Observation>> fromParquet = new HashMap<>();

        PipelineRun.Result a = run(csv, fromCsv, new ArrayList<>());
        PipelineRun.Result b = run(parquet, fromParquet, new ArrayList<>());

        assertThat(b.provenance().inputRows()).isEqualTo(a.provenance().inputRows());
        assertThat(fromParquet.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
        assertThat(fromParquet).isEqualTo(fromCsv);
    }
}
