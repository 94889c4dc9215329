package org.joinedup.pipeline.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.joinedup.pipeline.EngineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad row, with the exact message, and what is stored with and without skipping. */
class InputValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final ReferenceCodes CODES = new ReferenceCodes(
            Set.of("A81001", "A81002"),
            Set.of("E01000001", "E01000002"),
            Set.of("E06000001", "E10000002"),
            Set.of("RR8", "RX1"));

    @TempDir
    Path dir;

    private void write(String name, String... lines) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in").resolve(name), String.join("\n", lines) + "\n");
    }

    private ValidationReport validate(boolean skip) {
        return new InputValidator(CODES, EngineSettings.DEFAULT, skip, 100, TODAY)
                .validate(dir.resolve("in"), dir.resolve("work"));
    }

    private void goodFolder() throws Exception {
        write(
                "persons.csv",
                "person_id,year_of_birth,month_of_birth,sex,date_of_death,ethnic_group",
                "p1,1940,3,M,,white",
                "p2,1950,12,2,2024-05-01,H",
                "p3,2001,7,F,,");
        write(
                "person_residence.csv",
                "person_id,lsoa_code,from_date,to_date",
                "p1,E01000001,2000-01-01,",
                "p2,E01000002,1990-05-01,2024-05-01");
        write(
                "person_registration.csv",
                "person_id,gp_practice_code,from_date,to_date",
                "p1,A81001,2000-01-01,",
                "p2,A81002,1990-05-01,2024-05-01");
        write(
                "hospital_spells.csv",
                "spell_id,person_id,provider_code,admission_date,admission_method,discharge_date,discharge_destination,"
                        + "primary_diagnosis,secondary_diagnoses,main_specialty,discharge_ready_date",
                "s1,p1,RR8,2024-01-03,21,2024-01-10,19,S72.0,W19;F03,110,2024-01-08",
                "s2,p2,RX1,2024-04-20,emergency,2024-05-01,79,J44,,300,",
                "s3,p3,RR8,2024-02-01,11,2024-02-01,19,H25,,130,2024-02-01");
        write(
                "ae_attendances.csv",
                "attendance_id,person_id,provider_code,arrival_time,departure_time,department_type,disposal",
                "a1,p1,RR8,2024-01-03 10:00:00,2024-01-03 15:30:00,1,01",
                "a2,p3,RR8,2024-03-01T09:15,2024-03-01 10:00,other,03");
        write(
                "social_care_events.csv",
                "event_id,person_id,local_authority_code,event_type,start_date,end_date,following_hospital_discharge,"
                        + "funding",
                "e1,p1,E06000001,short_term_reablement,2024-01-11,2024-02-10,true,local_authority",
                "e2,p1,E10000002,request,2024-03-01,2024-03-01,,");
    }

    @Test
    void aGoodFolderIsStoredTypedWithDerivedColumns() throws Exception {
        goodFolder();
        ValidationReport report = validate(false);
        assertEquals(0, report.problemCount(), () -> report.problems().toString());
        assertTrue(report.stored());
        assertNull(report.skippedRowsFile());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT spell_id, admission_method, admission_group, length_of_stay,"
                        + " primary_diagnosis, secondary_diagnoses, typeof(admission_date) FROM read_parquet('"
                        + dir.resolve("work/hospital_spells.parquet") + "') ORDER BY spell_id")) {
            r.next();
            assertEquals("s1 21 emergency 7 S720 W19;F03 DATE", row(r, 7));
            r.next();
            assertEquals("s2 emergency emergency 11 J44 null DATE", row(r, 7));
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT person_id, sex, ethnic_group, birth_date FROM read_parquet('"
                        + dir.resolve("work/persons.parquet") + "') ORDER BY person_id")) {
            r.next();
            r.next();
            assertEquals("p2 F asian 1950-12-01", row(r, 4));
        }
    }

    private static String row(ResultSet r, int n) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i > 1 ? " " : "").append(r.getString(i));
        }
        return sb.toString();
    }

    @Test
    void everyKindOfBadRowIsReportedWithFileRowFieldAndReason() throws Exception {
        goodFolder();
        write(
                "persons.csv",
                "person_id,year_of_birth,month_of_birth,sex,date_of_death,ethnic_group",
                "p1,1940,3,M,,white",
                "p2,1950,12,2,2024-05-01,H",
                "p3,2001,7,F,,",
                "p1,1941,1,M,,",
                "p4,1950,13,Q,2024-02-30,purple",
                "p5,1960,5,F,1959-01-01,",
                "p6,1970,1,M");
        write(
                "person_residence.csv",
                "person_id,lsoa_code,from_date,to_date",
                "p1,E01000001,2000-01-01,",
                "p1,E01999999,2000-01-01,1999-12-31",
                "p1,X123,2000-01-01,");
        write(
                "person_registration.csv",
                "person_id,gp_practice_code,from_date,to_date",
                "p1,A81001,2000-01-01,",
                "p1,Z99999,2000-01-01,",
                "p9,A81001,2000-01-01,");
        write(
                "hospital_spells.csv",
                "spell_id,person_id,provider_code,admission_date,admission_method,discharge_date,discharge_destination,"
                        + "primary_diagnosis,secondary_diagnoses,main_specialty,discharge_ready_date",
                "s1,p1,RR8,2024-01-03,21,2024-01-10,19,S72.0,W19;F03,110,2024-01-08",
                "s1,p1,RR8,2024-01-03,21,2024-01-10,19,S72.0,,110,",
                "s3,p1,RZZ,2024-02-10,99,2024-02-01,77,XYZ,W19;1AB,11,2024-02-11",
                "s4,p2,RR8,2024-06-01,21,2024-06-02,19,I10,,300,",
                "s5,p3,RR8,2026-01-01,12,,19,H25,,,",
                "s6,p5,RR8,2024-01-01,12,,19,H25,,,");
        write(
                "ae_attendances.csv",
                "attendance_id,person_id,provider_code,arrival_time,departure_time,department_type,disposal",
                "a1,p1,RR8,2024-01-03 10:00:00,2024-01-03 09:30:00,5,99",
                "a2,p1,RR8,2024-13-01 10:00,,1,");
        write(
                "social_care_events.csv",
                "event_id,person_id,local_authority_code,event_type,start_date,end_date,following_hospital_discharge,"
                        + "funding",
                "e1,p1,E06000099,home_visit,2024-01-11,2024-01-10,maybe,lottery",
                "e2,p1,E12000001,request,1870-01-01,,,");
        ValidationReport report = validate(false);
        assertFalse(report.stored());
        assertFalse(Files.exists(dir.resolve("work")), "nothing stored");
        assertEquals(
                List.of(
                        "persons.csv row 5 person_id: duplicate person_id 'p1' (first at row 2)",
                        "persons.csv row 6 date_of_death: '2024-02-30' is not a date (YYYY-MM-DD)",
                        "persons.csv row 6 ethnic_group: unknown code 'purple': one of white, mixed, asian, black,"
                                + " other or an NHS ethnic category letter",
                        "persons.csv row 6 month_of_birth: '13' is not between 1 and 12",
                        "persons.csv row 6 sex: unknown code 'Q': M, F, X (other) or U (not known); or 1, 2, 9, 0",
                        "persons.csv row 7 date_of_death: '1959-01-01' is before the month of birth '1960-05'",
                        "persons.csv row 8: expected 6 fields as in the header but found 4",
                        "person_residence.csv row 3 lsoa_code: unknown LSOA code 'E01999999'",
                        "person_residence.csv row 3 to_date: '1999-12-31' is before from_date '2000-01-01'",
                        "person_residence.csv row 4 lsoa_code: 'X123' is not an LSOA code",
                        "person_registration.csv row 3 gp_practice_code: unknown GP practice code 'Z99999'",
                        "person_registration.csv row 4 person_id: unknown person_id 'p9': not in persons",
                        "hospital_spells.csv row 3 spell_id: duplicate spell_id 's1' (first at row 2)",
                        "hospital_spells.csv row 4 admission_method: unknown code '99': 11-13 elective, 21-25, 28,"
                                + " 2A-2D emergency, 31-32 maternity, 81-84 transfer, or one of those words",
                        "hospital_spells.csv row 4 discharge_date: '2024-02-01' is before admission_date '2024-02-10'",
                        "hospital_spells.csv row 4 discharge_destination: unknown code '77'",
                        "hospital_spells.csv row 4 discharge_ready_date: '2024-02-11' is after discharge_date"
                                + " '2024-02-01'",
                        "hospital_spells.csv row 4 main_specialty: '11' is not a 3-digit specialty code",
                        "hospital_spells.csv row 4 primary_diagnosis: 'XYZ' is not an ICD-10 code",
                        "hospital_spells.csv row 4 provider_code: unknown provider code 'RZZ'",
                        "hospital_spells.csv row 4 secondary_diagnoses: '1AB' is not an ICD-10 code",
                        "hospital_spells.csv row 5 admission_date: '2024-06-01' is after the person's date_of_death"
                                + " '2024-05-01'",
                        "hospital_spells.csv row 6 admission_date: '2026-01-01' is in the future",
                        "hospital_spells.csv row 7 person_id: person_id 'p5' has a problem in persons",
                        "ae_attendances.csv row 2 department_type: unknown code '5': 1, 2 or 3 (other)",
                        "ae_attendances.csv row 2 departure_time: '2024-01-03 09:30:00' is before arrival_time"
                                + " '2024-01-03 10:00:00'",
                        "ae_attendances.csv row 2 disposal: unknown code '99'",
                        "ae_attendances.csv row 3 arrival_time: '2024-13-01 10:00' is not a date and time"
                                + " (YYYY-MM-DD HH:MM[:SS])",
                        "social_care_events.csv row 2 end_date: '2024-01-10' is before start_date '2024-01-11'",
                        "social_care_events.csv row 2 event_type: unknown code 'home_visit': one of request,"
                                + " assessment, short_term_reablement, short_term_residential, long_term_home_care,"
                                + " long_term_residential, long_term_nursing",
                        "social_care_events.csv row 2 following_hospital_discharge: 'maybe' is not true or false",
                        "social_care_events.csv row 2 funding: unknown code 'lottery': one of local_authority, self,"
                                + " nhs, joint, other",
                        "social_care_events.csv row 2 local_authority_code: unknown local authority code 'E06000099'",
                        "social_care_events.csv row 3 local_authority_code: 'E12000001' is not a local authority code",
                        "social_care_events.csv row 3 start_date: '1870-01-01' is before 1880"),
                report.problems().stream().map(InputProblem::toString).toList());
        assertEquals(35, report.problemCount());
    }

    @Test
    void skippingStoresTheGoodRowsAndListsEverySkippedRow() throws Exception {
        goodFolder();
        write(
                "persons.csv",
                "person_id,year_of_birth,month_of_birth,sex,date_of_death,ethnic_group",
                "p1,1940,3,M,,white",
                "p2,1950,12,2,2024-05-01,H",
                "p3,2001,7,Q,,");
        ValidationReport report = validate(true);
        assertTrue(report.stored());
        // p3's persons row is bad, so its spell and attendance go too
        assertEquals(
                List.of(
                        "file,row,field,reason",
                        "persons.csv,4,sex,\"unknown code 'Q': M, F, X (other) or U (not known); or 1, 2, 9, 0\"",
                        "hospital_spells.csv,4,person_id,person_id 'p3' has a problem in persons",
                        "ae_attendances.csv,3,person_id,person_id 'p3' has a problem in persons"),
                Files.readAllLines(report.skippedRowsFile()));
        assertEquals(
                List.of(3L, 1L, 2L),
                List.of(
                        report.tables().get(0).rowsRead(),
                        report.tables().get(0).rowsSkipped(),
                        report.tables().get(0).rowsWritten()));
        assertEquals(2, report.tables().get(3).rowsWritten());
        assertFalse(Files.exists(dir.resolve("work").resolve(InputValidator.STAGING)));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetNumbersThemWhateverTheFileHolds() throws Exception {
        goodFolder();
        // a quoted line break: one row over two lines; read by DuckDB at once
        write(
                "social_care_events.csv",
                "event_id,person_id,local_authority_code,event_type,start_date,end_date,following_hospital_discharge,"
                        + "funding",
                "\"e1\nand more\",p1,E06000001,request,2024-01-11,,,",
                "e2,p1,E06000001,request,2024-13-01,,,");
        // an empty line counts as a row; read row by row
        write(
                "ae_attendances.csv",
                "attendance_id,person_id,provider_code,arrival_time,departure_time,department_type,disposal",
                "a1,p1,RR8,2024-01-03 10:00:00,,1,01",
                "",
                "a2,p1,RR8,2024-01-03 10:00:00,,7,01");
        ValidationReport report = validate(false);
        assertEquals(
                List.of(
                        "ae_attendances.csv row 4 department_type: unknown code '7': 1, 2 or 3 (other)",
                        "social_care_events.csv row 3 start_date: '2024-13-01' is not a date (YYYY-MM-DD)"),
                report.problems().stream().map(InputProblem::toString).toList());
        assertTrue(RawTable.hasEmptyLine(dir.resolve("in/ae_attendances.csv")));
        assertFalse(RawTable.hasEmptyLine(dir.resolve("in/social_care_events.csv")));
    }

    @Test
    void aMissingColumnIsAProblemWithTheFile() throws Exception {
        goodFolder();
        write(
                "ae_attendances.csv",
                "attendance_id,person_id,arrival_time,departure_time,department_type,disposal",
                "a1,p1,2024-01-03 10:00:00,,1,01");
        ValidationReport report = validate(false);
        assertEquals(
                List.of("ae_attendances.csv row 1 provider_code: missing column"),
                report.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void parquetInputIsReadAndCheckedTheSameWay() throws Exception {
        goodFolder();
        Path in = dir.resolve("in");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (CAST(admission_date AS DATE) AS admission_date) FROM read_csv('"
                    + in.resolve("hospital_spells.csv") + "', all_varchar = true)) TO '"
                    + in.resolve("hospital_spells.parquet") + "' (FORMAT parquet)");
        }
        Files.delete(in.resolve("hospital_spells.csv"));
        ValidationReport report = validate(false);
        assertEquals(0, report.problemCount(), () -> report.problems().toString());
        assertEquals("hospital_spells.parquet", report.tables().get(3).file());
        assertEquals(3, report.tables().get(3).rowsWritten());
    }

    @Test
    void shapesOfCodes() {
        assertEquals("S720", Codes.icd10("S72.0"));
        assertEquals("I10X", Codes.icd10("i10x"));
        assertNull(Codes.icd10("S7"));
        assertNull(Codes.icd10("S72."));
        assertEquals("emergency", Codes.admissionGroup("2A"));
        assertEquals("transfer", Codes.admissionGroup("81"));
        assertNull(Codes.admissionGroup("99"));
        assertTrue(Codes.practiceShape("A81001"));
        assertFalse(Codes.practiceShape("A8100"));
        assertEquals(LocalDate.of(2024, 2, 29), InputValidator.parseDate("2024-02-29"));
        assertNull(InputValidator.parseDate("2023-02-29"));
        assertNull(InputValidator.parseTimestamp("2024-01-01 24:00"));
    }
}
