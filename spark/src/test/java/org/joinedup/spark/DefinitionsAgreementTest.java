package org.joinedup.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.pipeline.Engine;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.MetricRow;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.joinedup.pipeline.run.Definition;
import org.joinedup.pipeline.run.PipelineFixture;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.ReferenceTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-in definitions, helpers and fragments expanded, on Spark and on DuckDB over the same files (the
 * pipeline's fixture, the shipped reference tables, months and a financial year): the rows must be
 * identical. The pipeline's DefinitionsTest holds DuckDB to the hand-worked numbers.
 *
 * <p>Spark plans the larger definitions slowly (all of them take about ten minutes on two cores), so the
 * build runs a sample covering every shape of definition (a rate, a proportion with a cohort, the age
 * bands of a standardised rate, a percentile) and {@code -Djoinedup.spark.all=true} runs every one.
 */
class DefinitionsAgreementTest {
    private static final String PERIODS = """
            period,start_date,end_date
            2024-04,2024-04-01,2024-04-30
            2024-05,2024-05-01,2024-05-31
            2024-06,2024-06-01,2024-06-30
            Q3 2024-25,2024-10-01,2024-12-31
            2024-25,2024-04-01,2025-03-31
            """;

    private static final List<String> SAMPLE = List.of(
            "emergency_admissions_65", "discharge_usual_residence", "falls_65_dsr", "los_90th_pct_emergency_65");

    @TempDir
    static Path temp;

    private static SparkEngine spark;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkEngine.local(new EngineSettings("1GB", 1));
        register(spark);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static void register(Engine engine) throws Exception {
        PipelineRun.findInputs(PipelineFixture.writeCsv(temp.resolve("input"))).forEach(engine::register);
        ReferenceTables.fromFolder(PipelineFixture.OPENDATA, temp.resolve("reference-" + engine.name()))
                .forEach(engine::register);
        engine.register("periods", Files.writeString(temp.resolve("periods.csv"), PERIODS));
    }

    @Test
    void everyDefinitionGivesTheSameRowsOnBothEngines() throws Exception {
        List<Definition> definitions = Boolean.getBoolean("joinedup.spark.all")
                ? Definition.builtIns()
                : Definition.builtIns().stream()
                        .filter(d -> SAMPLE.contains(d.metricId()))
                        .toList();
        assertThat(definitions).as("the sample names built-in definitions").hasSizeGreaterThanOrEqualTo(SAMPLE.size());
        try (DuckDbEngine duckdb = new DuckDbEngine(new EngineSettings("256MB", 1))) {
            register(duckdb);
            for (Definition definition : definitions) {
                List<MetricRow> onDuckDb = duckdb.run(definition.query());
                List<MetricRow> onSpark = spark.run(definition.query());

                assertThat(onDuckDb).as(definition.metricId() + " has rows").isNotEmpty();
                assertThat(onSpark).as(definition.metricId()).containsExactlyElementsOf(onDuckDb);
            }
        }
    }
}
