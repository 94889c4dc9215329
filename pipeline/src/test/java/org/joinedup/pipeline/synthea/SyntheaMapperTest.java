package org.joinedup.pipeline.synthea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.input.CanonicalTable;
import org.joinedup.pipeline.input.InputProblem;
import org.joinedup.pipeline.run.Definition;
import org.joinedup.pipeline.run.PipelineFixture;
import org.joinedup.pipeline.run.ReferenceTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Synthea mapping on {@link SyntheaFixture}: the canonical rows exactly, and refusals. */
class SyntheaMapperTest {
    @TempDir
    Path temp;

    private SyntheaMapper mapper;

    @BeforeEach
    void lookup() {
        Map<String, Path> reference = ReferenceTables.fromFolder(PipelineFixture.OPENDATA, temp.resolve("reference"));
        mapper = new SyntheaMapper(new EngineSettings("256MB", 1), reference.get(ReferenceTables.LSOA_LOOKUP));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private SyntheaMapping map(Path export, SyntheaOptions options) {
        return mapper.map(export, temp.resolve("canonical"), options);
    }

    @Test
    void inpatientEncountersAreSpellsEmergencyWhenAnEmergencyEncounterStartedAtMost24HoursBefore() throws IOException {
        SyntheaMapping mapping = map(SyntheaFixture.export(temp), SyntheaOptions.defaults());

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.accepted()).isTrue();
        assertThat(lines(temp.resolve("canonical/hospital_spells.csv")))
                .containsExactly(
                        "spell_id,person_id,provider_code,admission_date,admission_method,discharge_date,"
                                + "discharge_destination,primary_diagnosis,secondary_diagnoses,main_specialty,"
                                + "discharge_ready_date",
                        "e02,p01,org-hosp-1,2024-04-04,21,2024-04-10,,,,,", // 23 h after e01
                        "e18,p10,org-hosp-1,2024-04-05,11,2024-04-07,,,,,", // e17 70 h before, e19 after
                        "e04,p02,org-hosp-1,2024-04-11,11,2024-04-14,,,,,", // 25 h after e03
                        "e14,p08,org-hosp-1,2024-04-16,21,2024-04-20,,,,,", // exactly 24 h after e13
                        "e06,p03,org-hosp-2,2024-05-01,21,2024-05-06,,,,,", // 4 h after e05
                        "e23,p12,org-hosp-1,2024-05-08,21,2024-05-10,,,,,", // 23 h 59 min after e22
                        "e07,p04,org-hosp-1,2024-05-10,11,2024-05-15,,,,,", // no emergency encounter
                        "e12,p07,org-hosp-1,2024-06-03,11,2024-06-05,,,,,",
                        "e10,p05,org-hosp-1,2024-06-19,21,2024-06-20,79,,,,"); // died on the day of discharge
        assertThat(mapping.rows()).containsEntry("hospital_spells", 9L);
    }

    @Test
    void emergencyEncountersAreAttendancesAdmittedWhenASpellStartsWithin24Hours() throws IOException {
        SyntheaMapping mapping = map(SyntheaFixture.export(temp), SyntheaOptions.defaults());

        assertThat(lines(temp.resolve("canonical/ae_attendances.csv")))
                .containsExactly(
                        "attendance_id,person_id,provider_code,arrival_time,departure_time,department_type,disposal",
                        "e17,p10,org-hosp-1,2024-04-02 11:00:00,2024-04-02 14:00:00,1,",
                        "e01,p01,org-hosp-1,2024-04-03 08:00:00,2024-04-03 12:00:00,1,01",
                        "e19,p10,org-hosp-1,2024-04-05 10:00:00,2024-04-05 12:00:00,1,",
                        "e03,p02,org-hosp-1,2024-04-10 09:00:00,2024-04-10 13:00:00,1,",
                        "e13,p08,org-hosp-1,2024-04-15 06:30:00,2024-04-15 09:00:00,1,01",
                        "e11,p06,org-hosp-1,2024-04-20 15:00:00,2024-04-20 18:00:00,1,",
                        "e05,p03,org-hosp-2,2024-05-01 10:00:00,2024-05-01 13:30:00,1,01",
                        "e22,p12,org-hosp-1,2024-05-07 20:00:00,2024-05-07 23:00:00,1,01",
                        "e09,p05,org-hosp-1,2024-06-18 22:00:00,2024-06-19 01:00:00,1,01");
        assertThat(mapping.rows()).containsEntry("ae_attendances", 9L);
    }

    @Test
    void snfEncountersAreShortTermResidentialCareInTheCouncilOfThePatientsArea() throws IOException {
        map(SyntheaFixture.export(temp), SyntheaOptions.defaults());

        assertThat(lines(temp.resolve("canonical/social_care_events.csv")))
                .containsExactly(
                        "event_id,person_id,local_authority_code,event_type,start_date,end_date,"
                                + "following_hospital_discharge,funding",
                        "e20,p11,E06000001,short_term_residential,2024-04-01,2024-04-20,false,",
                        "e08,p04,E06000001,short_term_residential,2024-05-15,2024-06-05,true,");
    }

    @Test
    void patientsWithoutAnEnglishLsoaLiveInTheDefaultAreaAndAreRegisteredWithTheDefaultPractice() throws IOException {
        SyntheaMapping mapping = map(SyntheaFixture.export(temp), SyntheaOptions.defaults());

        assertThat(lines(temp.resolve("canonical/persons.csv")))
                .containsExactly(
                        "person_id,year_of_birth,month_of_birth,sex,date_of_death,ethnic_group",
                        "p01,1940,5,F,,",
                        "p02,1950,1,M,,",
                        "p03,1960,3,F,,",
                        "p04,1945,2,M,,",
                        "p05,1938,7,F,2024-06-20,",
                        "p06,1990,1,M,,",
                        "p07,1985,8,F,,",
                        "p08,1930,3,M,,",
                        "p09,2000,11,F,,",
                        "p10,1955,9,M,,",
                        "p11,1948,12,F,,",
                        "p12,1970,6,M,,");
        List<String> residence = lines(temp.resolve("canonical/person_residence.csv"));
        assertThat(residence).hasSize(13).first().isEqualTo("person_id,lsoa_code,from_date,to_date");
        assertThat(residence).contains("p01,E01011949,1940-05-12,", "p03,E01000001,1960-03-01,");
        // p12's FIPS E01999999 has the shape of an LSOA code but is not one.
        assertThat(residence).contains("p12,E01011949,1970-06-06,");
        assertThat(residence.stream().filter(l -> l.contains(",E01011949,"))).hasSize(11);
        List<String> registration = lines(temp.resolve("canonical/person_registration.csv"));
        assertThat(registration).hasSize(12).contains("p01,A81007,1940-05-12,").noneMatch(l -> l.startsWith("p03,"));
        assertThat(mapping.notes())
                .contains(
                        "patients.csv: 12 patients; 11 without an English LSOA placed in E01011949 and registered"
                                + " with A81007; 1 with their own LSOA (no GP practice)",
                        "encounters.csv: 9 inpatient encounters as hospital spells (5 emergency admissions,"
                                + " 4 elective), 9 emergency encounters as A&E attendances, 2 snf encounters as"
                                + " short-term residential care",
                        "encounters.csv: not mapped: 1 ambulatory, 1 urgentcare, 2 wellness");
    }

    @Test
    void theDefaultAreaAndPracticeAreOptions() throws IOException {
        // Hartlepool 008A and another Hartlepool practice.
        map(SyntheaFixture.export(temp), SyntheaOptions.defaults().withDefaultArea("E01011950", "A81011"));

        assertThat(lines(temp.resolve("canonical/person_residence.csv"))).contains("p01,E01011950,1940-05-12,");
        assertThat(lines(temp.resolve("canonical/person_registration.csv"))).contains("p01,A81011,1940-05-12,");
    }

    @Test
    void aDefaultAreaThatIsNotAShippedLsoaIsRefused() {
        Path export = SyntheaFixture.export(temp);
        SyntheaOptions options = SyntheaOptions.defaults().withDefaultArea("E01999999", "A81007");

        assertThatThrownBy(() -> map(export, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E01999999 is not an English LSOA");
        assertThatThrownBy(() -> SyntheaOptions.defaults().withDefaultArea("W01000001", "A81007"))
                .hasMessageContaining("must be an English LSOA code");
    }

    @Test
    void withASnomedIcd10MapSpellsCarryTheReasonOrTheConditionsOfTheEncounterAsDiagnoses() throws IOException {
        SyntheaMapping mapping = map(
                SyntheaFixture.export(temp), SyntheaOptions.defaults().withSnomedIcd10(SyntheaFixture.snomedIcd10()));

        assertThat(mapping.icd10Diagnoses()).isTrue();
        assertThat(lines(temp.resolve("canonical/hospital_spells.csv")))
                .containsExactly(
                        "spell_id,person_id,provider_code,admission_date,admission_method,discharge_date,"
                                + "discharge_destination,primary_diagnosis,secondary_diagnoses,main_specialty,"
                                + "discharge_ready_date",
                        // the reason; hypertension active since 2010 is secondary
                        "e02,p01,org-hosp-1,2024-04-04,21,2024-04-10,,S720,I10,,",
                        "e18,p10,org-hosp-1,2024-04-05,11,2024-04-07,,,,,",
                        "e04,p02,org-hosp-1,2024-04-11,11,2024-04-14,,J189,,,",
                        "e14,p08,org-hosp-1,2024-04-16,21,2024-04-20,,,,,",
                        // the reason; chronic bronchitis recorded at the emergency encounter e05 is secondary
                        "e06,p03,org-hosp-2,2024-05-01,21,2024-05-06,,J441,J449,,",
                        "e23,p12,org-hosp-1,2024-05-08,21,2024-05-10,,,,,",
                        // no reason: the condition recorded at the encounter
                        "e07,p04,org-hosp-1,2024-05-10,11,2024-05-15,,I500,,,",
                        // normal pregnancy has no ICD-10 code in the map
                        "e12,p07,org-hosp-1,2024-06-03,11,2024-06-05,,,,,",
                        "e10,p05,org-hosp-1,2024-06-19,21,2024-06-20,79,,,,");
        assertThat(mapping.notes())
                .contains("diagnoses: 4 of 9 spells with a primary ICD-10 diagnosis through snomed_icd10.csv;"
                        + " 1 SNOMED CT codes of conditions and inpatient reasons have no ICD-10 code there");
    }

    @Test
    void theFilesHaveTheCanonicalColumnsAndTheSameExportGivesTheSameBytes() throws IOException {
        Path export = SyntheaFixture.export(temp);
        mapper.map(export, temp.resolve("first"), SyntheaOptions.defaults());
        mapper.map(export, temp.resolve("second"), SyntheaOptions.defaults());

        for (CanonicalTable table : CanonicalTable.values()) {
            Path file = temp.resolve("first").resolve(table.tableName() + ".csv");
            assertThat(Arrays.asList(lines(file).get(0).split(",")))
                    .as(table.tableName())
                    .containsExactlyElementsOf(table.inputColumns().stream()
                            .map(CanonicalTable.Column::name)
                            .toList());
            assertThat(Files.readAllBytes(temp.resolve("second").resolve(table.tableName() + ".csv")))
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theMetricsNotMeasuredAreBuiltInDefinitions() {
        assertThat(Definition.builtIns().stream().map(Definition::metricId))
                .containsAll(SyntheaMapper.NOT_MEASURED.keySet());
    }

    // Refusals: every problem named by file, row, column and reason; nothing written.

    private List<String> refused(Path export, SyntheaOptions options) {
        SyntheaMapping mapping = map(export, options);
        assertThat(mapping.accepted()).isFalse();
        assertThat(temp.resolve("canonical")).doesNotExist();
        assertThat(mapping.problemCount()).isEqualTo(mapping.problems().size());
        return mapping.problems().stream().map(InputProblem::toString).toList();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aMissingFileIsRefused() throws IOException {
        Path export = SyntheaFixture.export(temp);
        Files.delete(export.resolve("conditions.csv"));

        assertThat(refused(export, SyntheaOptions.defaults()))
                .containsExactly("conditions.csv row 1: no such file: a Synthea CSV export has patients.csv,"
                        + " encounters.csv and conditions.csv");
    }

    @Test
    void aMissingColumnIsRefused() throws IOException {
        Path export = SyntheaFixture.export(temp);
        replace(export.resolve("encounters.csv"), "ENCOUNTERCLASS,", "KIND,");
        replace(export.resolve("patients.csv"), "DEATHDATE,", "DIED,");

        assertThat(refused(export, SyntheaOptions.defaults()))
                .containsExactly(
                        "patients.csv row 1 DEATHDATE: missing column",
                        "encounters.csv row 1 ENCOUNTERCLASS: missing column");
    }

    @Test
    void valuesThatDoNotParseOrDoNotAgreeAreRefusedWithTheirRowAndColumn() throws IOException {
        Path export = SyntheaFixture.export(temp);
        replace(export.resolve("patients.csv"), "p02,1950-01-20,", "p02,1950-13-20,");
        replace(export.resolve("patients.csv"), ",M,Worcester", ",male,Worcester");
        replace(export.resolve("encounters.csv"), "e04,2024-04-11T10:00:00Z,", "e04,11/04/2024 10:00,");
        replace(
                export.resolve("encounters.csv"),
                "e07,2024-05-10T09:00:00Z,2024-05-15T11:00:00Z,p04,",
                "e07,2024-05-10T09:00:00Z,2024-05-09T11:00:00Z,p04,");
        replace(
                export.resolve("encounters.csv"),
                "e11,2024-04-20T15:00:00Z,2024-04-20T18:00:00Z,p06,",
                "e11,2024-04-20T15:00:00Z,2024-04-20T18:00:00Z,p99,");
        replace(export.resolve("encounters.csv"), "e13,", "e12,");
        replace(export.resolve("conditions.csv"), "2024-04-10,2024-04-24,p02", "2024-04-10,2024-04-32,p02");

        assertThat(refused(export, SyntheaOptions.defaults()))
                .containsExactly(
                        "patients.csv row 3 BIRTHDATE: '1950-13-20' is not a date (YYYY-MM-DD)",
                        "patients.csv row 3 GENDER: 'male' is not M or F",
                        "encounters.csv row 6 START: '11/04/2024 10:00' is not a date and time"
                                + " (YYYY-MM-DDTHH:MM:SSZ)",
                        "encounters.csv row 9 STOP: '2024-05-09T11:00:00Z' is before START '2024-05-10T09:00:00Z'",
                        "encounters.csv row 13 PATIENT: unknown PATIENT 'p99': not in patients.csv",
                        "encounters.csv row 15 Id: duplicate Id 'e12' (first at row 14)",
                        "conditions.csv row 4 STOP: '2024-04-32' is not a date (YYYY-MM-DD)");
    }

    @Test
    void aRowThatDoesNotParseAsCsvIsRefusedWithItsLine() throws IOException {
        Path export = SyntheaFixture.export(temp);
        Files.writeString(
                export.resolve("conditions.csv"),
                Files.readString(export.resolve("conditions.csv")) + "2024-06-01,,p09,e16,http://snomed.info/sct\n");

        assertThat(refused(export, SyntheaOptions.defaults()))
                .containsExactly("conditions.csv row 8: cannot read the row: Expected Number of Columns: 7 Found: 5");
    }

    @Test
    void aBadSnomedIcd10MapIsRefused() throws IOException {
        Path map = Files.writeString(
                temp.resolve("map.csv"),
                "snomed,icd10\n359817006,S72.0\n359817006,S72.1\nabc,J18.9\n88805009,heart failure\n",
                StandardCharsets.UTF_8);

        assertThat(refused(
                        SyntheaFixture.export(temp), SyntheaOptions.defaults().withSnomedIcd10(map)))
                .containsExactly(
                        "map.csv row 3 snomed: '359817006' is mapped twice (first at row 2)",
                        "map.csv row 4 snomed: 'abc' is not a SNOMED CT concept id (6-18 digits)",
                        "map.csv row 5 icd10: 'heart failure' is not an ICD-10 code (a letter, two digits, up to"
                                + " three more)");
    }
}
