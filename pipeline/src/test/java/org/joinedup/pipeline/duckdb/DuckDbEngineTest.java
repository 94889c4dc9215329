package org.joinedup.pipeline.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.pipeline.EngineException;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.LinkedDataFixture;
import org.joinedup.pipeline.MetricQuery;
import org.joinedup.pipeline.MetricRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEngineTest {
    private static final MetricQuery EMERGENCY_ADMISSIONS = MetricQuery.builtIn("emergency_admissions");

    @TempDir
    Path temp;

    private DuckDbEngine engine;

    @BeforeEach
    void open() {
        engine = new DuckDbEngine(new EngineSettings("256MB", 1));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void countsEmergencyAdmissionsByPracticeOfRegistrationAndMonthFromCsv() {
        engine.registerFolder(LinkedDataFixture.writeCsv(temp));

        List<MetricRow> rows = engine.run(EMERGENCY_ADMISSIONS);

        assertThat(rows).containsExactlyElementsOf(LinkedDataFixture.EMERGENCY_ADMISSIONS);
    }

    @Test
    void givesTheSameCountsFromParquetWithTypedDatesSplitOverFiles() {
        var registered = engine.registerFolder(LinkedDataFixture.writeParquet(temp));

        assertThat(registered).containsOnlyKeys("persons", "hospital_spells");
        assertThat(engine.run(EMERGENCY_ADMISSIONS)).containsExactlyElementsOf(LinkedDataFixture.EMERGENCY_ADMISSIONS);
    }

    @Test
    void rowsBecomeCoreObservationsForTheMonth() {
        engine.registerFolder(LinkedDataFixture.writeCsv(temp));

        Observation first = engine.run(EMERGENCY_ADMISSIONS).get(0).toObservation(1, Frequency.MONTHLY, Status.FINAL);

        assertThat(first.key().areaCode()).isEqualTo("A81001");
        assertThat(first.key().period()).isEqualTo(Period.parse("2024-04"));
        assertThat(first.key().breakdown().isTotal()).isTrue();
        assertThat(first.numerator()).isEqualTo(2.0);
        assertThat(first.denominator()).isEqualTo(3.0);
    }

    @Test
    void csvColumnsAreTextSoAnAdmissionMethodLike2AIsNotLost() throws Exception {
        // Type guessing would read admission_method as a number when a file holds only digits, and
        // then fail or drop '2A' in another file; every CSV column is text on every engine instead.
        Files.writeString(temp.resolve("t.csv"), "admission_method\n21\n2A\n021\n");
        engine.register("t", temp.resolve("t.csv"));
        MetricQuery query = new MetricQuery(
                "methods",
                "SELECT 'methods' AS metric, admission_method AS area_code, '2024-04' AS period,"
                        + " '' AS breakdown, COUNT(*) AS numerator, NULL AS denominator FROM t GROUP BY admission_method");

        assertThat(engine.run(query)).extracting(MetricRow::areaCode).containsExactly("021", "21", "2A");
    }

    @Test
    void rejectsAQueryWithoutTheOutputColumns() {
        MetricQuery query = new MetricQuery("m", "SELECT 'm' AS metric, 'A' AS area_code, '2024-04' AS period");

        assertThatThrownBy(() -> engine.run(query))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing [breakdown, numerator, denominator]");
    }

    @Test
    void rejectsRowsForAnotherMetric() {
        MetricQuery query = new MetricQuery(
                "m",
                "SELECT 'other' AS metric, 'A' AS area_code, '2024-04' AS period, '' AS breakdown,"
                        + " 1 AS numerator, 2 AS denominator");

        assertThatThrownBy(() -> engine.run(query))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("returned a row for metric 'other'");
    }

    @Test
    void namesTheMetricWhenATableIsMissing() {
        assertThatThrownBy(() -> engine.run(EMERGENCY_ADMISSIONS))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("duckdb: metric emergency_admissions failed")
                .hasMessageContaining("persons");
    }

    @Test
    void failsOnADateThatDoesNotCastRatherThanSkippingTheSpell() throws Exception {
        LinkedDataFixture.writeCsv(temp);
        Files.writeString(
                temp.resolve("hospital_spells.csv"),
                "spell_id,person_id,provider_code,admission_date,discharge_date,admission_method,primary_diagnosis\n"
                        + "S1,P1,RF4,03/04/2024,2024-04-10,21,I50\n");
        engine.registerFolder(temp);

        assertThatThrownBy(() -> engine.run(EMERGENCY_ADMISSIONS)).isInstanceOf(EngineException.class);
    }

    @Test
    void refusesBadTableNamesAndUnknownFiles() throws Exception {
        Path json = Files.writeString(temp.resolve("persons.json"), "{}");

        assertThatThrownBy(() -> engine.register("Persons", json)).hasMessageContaining("lower case");
        assertThatThrownBy(() -> engine.register("persons", json)).hasMessageContaining(".parquet");
        assertThatThrownBy(() -> engine.register("persons", temp.resolve("none.csv")))
                .hasMessageContaining("does not exist");
    }
}
