package org.joinedup.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.pipeline.input.CanonicalTable;
import org.joinedup.pipeline.input.InputValidator;
import org.joinedup.pipeline.input.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator against its targets (rates.csv), on 100,000 persons over two years: the tolerances are a
 * few standard errors at that size.
 */
class DatasetGeneratorTest {
    static final int PERSONS = 100_000;

    @TempDir
    static Path dir;

    static GeneratorInputs inputs;
    static ValidationReport roundTrip;
    static Connection db;

    @BeforeAll
    static void generateAndValidate() throws Exception {
        inputs = ShippedInputs.load();
        new DatasetGenerator(inputs, Rates.builtIn())
                .generate(
                        dir.resolve("csv"),
                        DatasetGenerator.Options.of(PERSONS, 7, DatasetGenerator.DEFAULT_FROM, "csv"),
                        (d, t, ns) -> {});
        roundTrip = new InputValidator(ShippedInputs.referenceCodes(inputs), false)
                .validate(dir.resolve("csv"), dir.resolve("work"));
        db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            for (CanonicalTable t : CanonicalTable.values()) {
                s.execute("CREATE VIEW " + t.tableName() + " AS SELECT * FROM read_parquet('"
                        + dir.resolve("work/" + t.tableName() + ".parquet") + "')");
            }
            // age at the start of the window, and years alive in the window
            s.execute("CREATE VIEW people AS SELECT person_id, sex, date_of_death,"
                    + " date_diff('year', birth_date, DATE '2023-04-01') - CASE WHEN month(birth_date) > 4 THEN 1"
                    + " ELSE 0 END AS age, date_diff('day', DATE '2023-04-01', COALESCE(date_of_death + 1,"
                    + " DATE '2025-04-01')) / 365.25 AS years FROM persons");
        }
    }

    static double scalar(String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        }
    }

    @Test
    void theGeneratedDataPassesValidationWithNoProblem() {
        assertEquals(0, roundTrip.problemCount(), () -> roundTrip.problems().toString());
        assertTrue(roundTrip.stored());
        assertEquals(PERSONS, roundTrip.tables().get(0).rowsWritten());
    }

    @Test
    void ageAndSexFollowTheOnsMid2021Shape() throws Exception {
        double[][] ons = new double[2][19];
        double total = 0;
        for (GeneratorInputs.Area a : inputs.areas()) {
            for (int age = 0; age <= 90; age++) {
                ons[0][Math.min(18, age / 5)] += a.male()[age];
                ons[1][Math.min(18, age / 5)] += a.female()[age];
                total += a.male()[age] + a.female()[age];
            }
        }
        double[][] generated = new double[2][19];
        try (Statement s = db.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT sex, LEAST(18, age // 5) AS band, COUNT(*) FROM people GROUP BY ALL")) {
            while (r.next()) {
                generated["M".equals(r.getString(1)) ? 0 : 1][r.getInt(2)] += r.getDouble(3) / PERSONS;
            }
        }
        for (int s = 0; s < 2; s++) {
            for (int b = 0; b < 19; b++) {
                double expected = ons[s][b] / total;
                assertEquals(expected, generated[s][b], 0.003, "sex " + s + " band " + b);
            }
        }
    }

    @Test
    void emergencyAdmissionsAreAbout11Per100PeopleAYearAndRiseWithAge() throws Exception {
        double rate = scalar("SELECT COUNT(*) / (SELECT SUM(years) FROM people) FROM hospital_spells"
                + " WHERE admission_group = 'emergency'");
        assertEquals(0.11, rate, 0.015);
        double young = scalar("SELECT COUNT(*) / (SELECT SUM(years) FROM people WHERE age BETWEEN 20 AND 49)"
                + " FROM hospital_spells h JOIN people p USING (person_id) WHERE admission_group = 'emergency' AND"
                + " p.age BETWEEN 20 AND 49");
        double old = scalar("SELECT COUNT(*) / (SELECT SUM(years) FROM people WHERE age >= 85) FROM hospital_spells h"
                + " JOIN people p USING (person_id) WHERE admission_group = 'emergency' AND p.age >= 85");
        assertTrue(old > 5 * young, "85+ " + old + " vs 20-49 " + young);
    }

    @Test
    void aeAttendancesAreAbout04PerPersonAYear() throws Exception {
        assertEquals(0.40, scalar("SELECT COUNT(*) / (SELECT SUM(years) FROM people) FROM ae_attendances"), 0.05);
    }

    @Test
    void fallsAdmissions65PlusAreAbout2100Per100000() throws Exception {
        double rate = scalar("SELECT COUNT(*) * 100000 / (SELECT SUM(years) FROM people WHERE age >= 65)"
                + " FROM hospital_spells h JOIN people p USING (person_id) WHERE admission_group = 'emergency'"
                + " AND p.age >= 65 AND SUBSTR(primary_diagnosis, 1, 1) IN ('S', 'T')"
                + " AND regexp_matches(secondary_diagnoses, '(^|;)W(0[0-9]|1[0-9])')");
        assertEquals(2100, rate, 350);
    }

    @Test
    void aboutOneInSevenEmergencyDischargesIsReadmittedWithin30Days() throws Exception {
        double share = scalar("WITH e AS (SELECT person_id, admission_date, discharge_date, discharge_destination"
                + " FROM hospital_spells WHERE admission_group = 'emergency') SELECT AVG(CASE WHEN EXISTS (SELECT 1"
                + " FROM e n WHERE n.person_id = e.person_id AND n.admission_date > e.discharge_date AND"
                + " n.admission_date <= e.discharge_date + 30) THEN 1.0 ELSE 0 END) FROM e WHERE"
                + " discharge_destination <> '79' AND discharge_date <= DATE '2025-03-01'");
        assertEquals(0.14, share, 0.035);
    }

    @Test
    void mostDischargesAreToTheUsualPlaceOfResidence() throws Exception {
        double share = scalar(
                "SELECT AVG(CASE WHEN discharge_destination = '19' THEN 1.0 ELSE 0 END)" + " FROM hospital_spells");
        assertTrue(share > 0.85 && share < 0.97, "share " + share);
    }

    @Test
    void about82PercentOfReablementAfterDischargeAreAtHomeAfter91Days() throws Exception {
        double share = scalar("SELECT AVG(CASE WHEN (p.date_of_death IS NULL OR p.date_of_death > r.start_date + 91)"
                + " AND NOT EXISTS (SELECT 1 FROM social_care_events c WHERE c.person_id = r.person_id AND"
                + " c.event_type IN ('long_term_residential', 'long_term_nursing') AND c.start_date <= r.start_date"
                + " + 91) THEN 1.0 ELSE 0 END) FROM social_care_events r JOIN persons p USING (person_id) WHERE"
                + " r.event_type = 'short_term_reablement' AND r.following_hospital_discharge AND r.start_date <="
                + " DATE '2024-12-31'");
        assertEquals(0.82, share, 0.07);
    }

    @Test
    void permanentCareHomeAdmissions65PlusAreAbout550Per100000() throws Exception {
        double rate = scalar("SELECT COUNT(*) * 100000 / (SELECT SUM(years) FROM people WHERE age >= 65)"
                + " FROM social_care_events c JOIN people p USING (person_id) WHERE p.age >= 65 AND"
                + " c.event_type IN ('long_term_residential', 'long_term_nursing') AND c.start_date >= DATE"
                + " '2023-04-01'");
        assertEquals(550, rate, 120);
    }

    @Test
    void deathsAreAboutOnePercentAYear() throws Exception {
        double rate = scalar("SELECT COUNT(date_of_death) / SUM(years) FROM people");
        assertEquals(0.0095, rate, 0.002);
    }

    @Test
    void hfrsAndChronicAcscCodesAppear() throws Exception {
        double hfrsShare = scalar("SELECT AVG(CASE WHEN regexp_matches(secondary_diagnoses, '(^|;)(F00|F01|F03|R41|"
                + "W19|R26|N39|R29)') THEN 1.0 ELSE 0 END) FROM hospital_spells h JOIN people p USING (person_id)"
                + " WHERE p.age >= 75 AND admission_group = 'emergency'");
        assertTrue(hfrsShare > 0.1 && hfrsShare < 0.6, "share " + hfrsShare);
        double acsc = scalar("SELECT COUNT(*) * 100000 / (SELECT SUM(years) FROM people) FROM hospital_spells"
                + " WHERE admission_group = 'emergency' AND SUBSTR(primary_diagnosis, 1, 3) IN ('J44', 'I50', 'J45',"
                + " 'E10', 'E11', 'I20', 'I48', 'G40', 'I10', 'F03')");
        assertEquals(800, acsc, 250);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws Exception {
        DatasetGenerator g = new DatasetGenerator(inputs, Rates.builtIn());
        List<byte[]> runs = new ArrayList<>();
        for (int seed : new int[] {3, 3, 4}) {
            Path out = dir.resolve("seed" + runs.size());
            g.generate(
                    out,
                    DatasetGenerator.Options.of(2_000, seed, DatasetGenerator.DEFAULT_FROM, "csv"),
                    (d, t, ns) -> {});
            StringBuilder all = new StringBuilder();
            for (CanonicalTable t : CanonicalTable.values()) {
                all.append(Files.readString(out.resolve(t.tableName() + ".csv")));
            }
            runs.add(all.toString().getBytes());
        }
        assertArrayEquals(runs.get(0), runs.get(1));
        assertNotEquals(new String(runs.get(0)), new String(runs.get(2)));
    }

    @Test
    void parquetHoldsTheSameRowsAsCsv() throws Exception {
        DatasetGenerator g = new DatasetGenerator(inputs, Rates.builtIn());
        g.generate(
                dir.resolve("pq-csv"),
                DatasetGenerator.Options.of(1_000, 5, DatasetGenerator.DEFAULT_FROM, "csv"),
                (d, t, ns) -> {});
        g.generate(
                dir.resolve("pq"),
                DatasetGenerator.Options.of(1_000, 5, DatasetGenerator.DEFAULT_FROM, "parquet"),
                (d, t, ns) -> {});
        for (CanonicalTable t : CanonicalTable.values()) {
            String cols = String.join(
                    ", ",
                    t.inputColumnNames().stream()
                            .map(c -> "CAST(" + c + " AS VARCHAR)")
                            .toList());
            double diff = scalar("SELECT COUNT(*) FROM (SELECT " + cols + " FROM read_csv('"
                    + dir.resolve("pq-csv/" + t.tableName() + ".csv") + "', header = true, columns = "
                    + t.duckDbColumns() + ") EXCEPT ALL"
                    + " SELECT " + cols + " FROM read_parquet('" + dir.resolve("pq/" + t.tableName() + ".parquet")
                    + "'))");
            assertEquals(0, diff, t.tableName());
            assertEquals(
                    scalar("SELECT COUNT(*) FROM read_parquet('" + dir.resolve("pq/" + t.tableName() + ".parquet")
                            + "')"),
                    Files.readAllLines(dir.resolve("pq-csv/" + t.tableName() + ".csv"))
                                    .size()
                            - 1.0);
        }
        ValidationReport parquet = new InputValidator(ShippedInputs.referenceCodes(inputs), false)
                .validate(dir.resolve("pq"), dir.resolve("pq-work"));
        assertEquals(0, parquet.problemCount(), () -> parquet.problems().toString());
    }
}
