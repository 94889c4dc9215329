package org.joinedup.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A tiny person-level linked data set with the emergency admissions every engine must find in it.
 * Shared with the Spark module's tests (test-jar), so both engines are held to the same answer.
 *
 * <p>Practice A81001 has P1, P2, P3 (3 registered); A81002 has P4, P5 (2); P6 has no practice.
 * Spells, and why each counts or not:
 *
 * <pre>
 * S1  P1 2024-04-03 21  A81001 April
 * S2  P1 2024-04-28 2A  A81001 April (a second spell of the same person counts)
 * S3  P2 2024-05-01 11  elective: not counted, but May is a month of the data
 * S4  P3 2024-05-31 22  A81001 May (admitted on the last day; discharged in June)
 * S4  P3 2024-05-31 22  the same spell again in the extract: counted once
 * S5  P4 2024-04-30 28  A81002 April
 * S6  P5 2024-05-15 81  transfer from another provider: not an emergency admission
 * S7  P6 2024-04-10 21  no practice: not counted anywhere
 * S8  P9 2024-04-12 21  person not in persons: not counted
 * S9  P4 2024-05-20 21  A81002 May
 * S10 P2 2024-06-05 24  A81001 June; A81002 has none in June, so 0
 * </pre>
 */
public final class LinkedDataFixture {

    public static final String PERSONS_CSV = """
            person_id,sex,birth_date,lsoa_code,gp_practice_code
            P1,F,1940-05-01,E01000001,A81001
            P2,M,1950-01-01,E01000001,A81001
            P3,F,1960-01-01,E01000002,A81001
            P4,M,1945-02-03,E01000003,A81002
            P5,F,1938-07-07,E01000003,A81002
            P6,M,1990-01-01,E01000004,
            """;

    public static final String HOSPITAL_SPELLS_CSV = """
            spell_id,person_id,provider_code,admission_date,discharge_date,admission_method,primary_diagnosis
            S1,P1,RF4,2024-04-03,2024-04-10,21,I50
            S2,P1,RF4,2024-04-28,2024-05-02,2A,J44
            S3,P2,RF4,2024-05-01,2024-05-01,11,M17
            S4,P3,RF4,2024-05-31,2024-06-02,22,R55
            S4,P3,RF4,2024-05-31,2024-06-02,22,R55
            S5,P4,RQM,2024-04-30,2024-05-04,28,S72
            S6,P5,RQM,2024-05-15,2024-05-20,81,I63
            S7,P6,RQM,2024-04-10,2024-04-11,21,R07
            S8,P9,RQM,2024-04-12,2024-04-13,21,R07
            S9,P4,RQM,2024-05-20,2024-05-22,21,J18
            S10,P2,RF4,2024-06-05,2024-06-09,24,N39
            """;

    /** The emergency_admissions rows for the data set, in the order an engine returns them. */
    public static final List<MetricRow> EMERGENCY_ADMISSIONS = List.of(
            row("A81001", "2024-04", 2, 3),
            row("A81001", "2024-05", 1, 3),
            row("A81001", "2024-06", 1, 3),
            row("A81002", "2024-04", 1, 2),
            row("A81002", "2024-05", 1, 2),
            row("A81002", "2024-06", 0, 2));

    private LinkedDataFixture() {}

    private static MetricRow row(String practice, String month, double admissions, double registered) {
        return new MetricRow("emergency_admissions", practice, month, "", admissions, registered);
    }

    /** Writes persons.csv and hospital_spells.csv into the folder and returns it. */
    public static Path writeCsv(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("persons.csv"), PERSONS_CSV, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("hospital_spells.csv"), HOSPITAL_SPELLS_CSV, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the same data as persons.parquet and a folder hospital_spells/ of two Parquet files, with
     * dates as DATE columns (as an extract from a warehouse would have them), and returns the folder.
     */
    public static Path writeParquet(Path folder) {
        Path csv = writeCsv(folder.resolve("csv"));
        Path spells = folder.resolve("hospital_spells");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement()) {
            Files.createDirectories(spells);
            String persons = "read_csv('" + csv.resolve("persons.csv") + "', header = true, all_varchar = true)";
            String spellsCsv =
                    "read_csv('" + csv.resolve("hospital_spells.csv") + "', header = true, all_varchar = true)";
            sql.execute("COPY (SELECT * REPLACE (CAST(birth_date AS DATE) AS birth_date) FROM " + persons + ") TO '"
                    + folder.resolve("persons.parquet") + "' (FORMAT parquet)");
            String typed = "SELECT * REPLACE (CAST(admission_date AS DATE) AS admission_date,"
                    + " CAST(discharge_date AS DATE) AS discharge_date) FROM " + spellsCsv;
            sql.execute("COPY (" + typed + " WHERE admission_date < '2024-05-01') TO '"
                    + spells.resolve("part-0.parquet") + "' (FORMAT parquet)");
            sql.execute("COPY (" + typed + " WHERE admission_date >= '2024-05-01') TO '"
                    + spells.resolve("part-1.parquet") + "' (FORMAT parquet)");
            deleteCsv(csv);
            return folder;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Parquet fixture: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteCsv(Path csv) throws IOException {
        Files.delete(csv.resolve("persons.csv"));
        Files.delete(csv.resolve("hospital_spells.csv"));
        Files.delete(csv);
    }
}
