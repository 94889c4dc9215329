package org.joinedup.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.joinedup.pipeline.EngineException;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.LinkedDataFixture;
import org.joinedup.pipeline.MetricQuery;
import org.joinedup.pipeline.MetricRow;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same definition text on Spark and DuckDB, over the same files. One local Spark session serves
 * the class (starting one takes seconds); each test gets its own views.
 */
class SparkEngineTest {
    private static final MetricQuery EMERGENCY_ADMISSIONS = MetricQuery.builtIn("emergency_admissions");

    private static SparkEngine spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkEngine.local(new EngineSettings("1GB", 1));
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static List<MetricRow> onDuckDb(Path folder) {
        try (DuckDbEngine duckdb = new DuckDbEngine()) {
            duckdb.registerFolder(folder);
            return duckdb.run(EMERGENCY_ADMISSIONS);
        }
    }

    private static List<MetricRow> onSpark(Path folder) {
        try (SparkEngine engine =
                SparkEngine.on(SparkSession.getDefaultSession().get())) {
            engine.registerFolder(folder);
            return engine.run(EMERGENCY_ADMISSIONS);
        }
    }

    @Test
    void givesTheSameRowsAsDuckDbFromCsv() {
        Path folder = LinkedDataFixture.writeCsv(temp);

        List<MetricRow> onSpark = onSpark(folder);

        assertThat(onSpark).containsExactlyElementsOf(onDuckDb(folder));
        assertThat(onSpark).containsExactlyElementsOf(LinkedDataFixture.EMERGENCY_ADMISSIONS);
    }

    @Test
    void givesTheSameRowsAsDuckDbFromParquetWithTypedDatesSplitOverFiles() {
        Path folder = LinkedDataFixture.writeParquet(temp);

        List<MetricRow> onSpark = onSpark(folder);

        assertThat(onSpark).containsExactlyElementsOf(onDuckDb(folder));
        assertThat(onSpark).containsExactlyElementsOf(LinkedDataFixture.EMERGENCY_ADMISSIONS);
    }

    @Test
    void readsCsvColumnsAsTextLikeDuckDb() throws Exception {
        Files.writeString(temp.resolve("t.csv"), "admission_method\n21\n2A\n021\n");
        spark.register("t", temp.resolve("t.csv"));
        MetricQuery query = new MetricQuery(
                "methods",
                "SELECT 'methods' AS metric, admission_method AS area_code, '2024-04' AS period,"
                        + " '' AS breakdown, COUNT(*) AS numerator, NULL AS denominator FROM t GROUP BY admission_method");

        assertThat(spark.run(query)).extracting(MetricRow::areaCode).containsExactly("021", "21", "2A");
    }

    @Test
    void readsEmptyAndQuotedEmptyCsvFieldsAsNullLikeDuckDb() throws Exception {
        Files.writeString(temp.resolve("t.csv"), "id,code\n1,\n2,\"\"\n3,\" \"\n");
        MetricQuery query = new MetricQuery(
                "codes",
                "SELECT 'codes' AS metric, id AS area_code, '2024-04' AS period, '' AS breakdown,"
                        + " CASE WHEN code IS NULL THEN 0 WHEN code = '' THEN 1 ELSE 2 END AS numerator,"
                        + " NULL AS denominator FROM t");
        spark.register("t", temp.resolve("t.csv"));
        List<MetricRow> onSpark = spark.run(query);
        List<MetricRow> onDuckDb;
        try (DuckDbEngine duckdb = new DuckDbEngine()) {
            duckdb.register("t", temp.resolve("t.csv"));
            onDuckDb = duckdb.run(query);
        }

        assertThat(onSpark).containsExactlyElementsOf(onDuckDb);
        assertThat(onSpark).extracting(MetricRow::numerator).containsExactly(0.0, 0.0, 2.0);
    }

    @Test
    void failsOnADateThatDoesNotCastLikeDuckDb() throws Exception {
        LinkedDataFixture.writeCsv(temp);
        Files.writeString(
                temp.resolve("hospital_spells.csv"),
                "spell_id,person_id,provider_code,admission_date,discharge_date,admission_method,primary_diagnosis\n"
                        + "S1,P1,RF4,03/04/2024,2024-04-10,21,I50\n");
        spark.registerFolder(temp);

        assertThatThrownBy(() -> spark.run(EMERGENCY_ADMISSIONS))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("spark: metric emergency_admissions failed");
    }

    @Test
    void namesTheMetricWhenATableIsMissing() {
        try (SparkEngine fresh = SparkEngine.on(SparkSession.getDefaultSession().get())) {
            assertThatThrownBy(() -> fresh.run(EMERGENCY_ADMISSIONS))
                    .isInstanceOf(EngineException.class)
                    .hasMessageStartingWith("spark: metric emergency_admissions failed")
                    .hasMessageContaining("persons");
        }
    }

    @Test
    void rejectsAQueryWithoutTheOutputColumns() {
        MetricQuery query = new MetricQuery("m", "SELECT 'm' AS metric, 'A' AS area_code, '2024-04' AS period");

        assertThatThrownBy(() -> spark.run(query)).hasMessageContaining("missing [breakdown, numerator, denominator]");
    }
}
