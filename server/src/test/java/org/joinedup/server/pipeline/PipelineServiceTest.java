package org.joinedup.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.RunWindow;
import org.joinedup.pipeline.synthea.SyntheaOptions;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline into the real store: the linked data set of the pipeline's PipelineFixture (copied here:
 * the server does not depend on the pipeline's test jar), run over April 2024 to March 2025.
 */
class PipelineServiceTest extends StoreTestSupport {
    static final Map<String, String> INPUT = Map.of(
            "persons.csv",
            """
            person_id,year_of_birth,month_of_birth,sex,date_of_death,ethnic_group
            P1,1940,5,F,,A
            P2,1950,1,M,,A
            P3,1960,1,F,,B
            P4,1945,2,M,,A
            P5,1938,7,F,2024-05-20,A
            P6,1990,1,M,,C
            P7,1930,3,F,2024-06-10,A
            """,
            "person_residence.csv",
            """
            person_id,lsoa_code,from_date,to_date
            P1,E01000001,2000-01-01,
            P2,E01000001,2000-01-01,
            P3,E01000002,2000-01-01,
            P4,E01000002,2000-01-01,2024-04-30
            P4,E01011950,2024-05-01,
            P5,E01011950,2000-01-01,
            P6,E01011950,2000-01-01,
            P7,E01000001,2000-01-01,
            """,
            "person_registration.csv",
            """
            person_id,gp_practice_code,from_date,to_date
            P1,A81001,2000-01-01,
            P2,A81001,2000-01-01,
            P3,A81001,2000-01-01,
            P4,A81002,2000-01-01,
            P5,A81002,2000-01-01,
            P7,A81002,2000-01-01,
            """,
            "hospital_spells.csv",
            """
            spell_id,person_id,provider_code,admission_date,admission_method,discharge_date,discharge_destination,primary_diagnosis,secondary_diagnoses,main_specialty,discharge_ready_date
            H0,P1,RF4,2023-01-10,11,2023-01-12,19,F00,R29.6;N39,300,
            S1,P1,RF4,2024-04-03,21,2024-04-20,19,S72.0,W19,300,2024-04-15
            S2,P1,RF4,2024-04-28,2A,2024-05-02,19,J44,,300,
            S3,P2,RF4,2024-05-01,11,2024-05-01,19,M17,,110,
            S4,P3,RF4,2024-05-31,22,2024-06-02,19,I50,,300,
            S4,P3,RF4,2024-05-31,22,2024-06-02,19,I50,,300,
            S5,P4,RQM,2024-04-30,28,2024-05-04,19,S720,W010,110,
            S6,P5,RQM,2024-05-15,81,2024-05-20,79,I63,,300,
            S7,P6,RQM,2024-04-10,21,2024-04-11,19,R07,,300,
            S8,P9,RQM,2024-04-12,21,2024-04-13,19,R07,,300,
            S9,P4,RQM,2024-05-20,21,2024-06-12,54,J18,,300,2024-05-30
            S10,P2,RF4,2024-06-05,24,2024-06-09,19,N39,,300,
            S11,P1,RF4,2024-10-01,21,2024-10-10,19,I48,,300,
            S12,P2,RF4,2024-11-01,21,2024-11-05,19,J18,,300,
            S13,P2,RF4,2025-02-01,21,2025-02-10,19,J18,,300,
            """,
            "social_care_events.csv",
            """
            event_id,person_id,local_authority_code,event_type,start_date,end_date,following_hospital_discharge,funding
            C1,P1,E09000001,short_term_reablement,2024-10-12,2024-11-20,Y,council
            C2,P4,E06000001,long_term_residential,2024-06-12,,N,council
            C3,P4,E06000001,long_term_nursing,2024-09-01,,N,council
            C4,P2,E09000001,long_term_residential,2024-05-10,,N,self_funded
            C5,P2,E09000001,short_term_reablement,2024-11-06,2024-12-01,Y,council
            """);

    @Autowired
    PipelineService pipeline;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private PipelineService.Report run(Path input) {
        return pipeline.run(
                input,
                RunWindow.parse("2024-04", "2025-03"),
                new EngineSettings("256MB", 1),
                "test",
                PipelineRun.Listener.NONE);
    }

    private Double current(String metric, String area, String period, String breakdown, String column) {
        return jdbc.queryForObject(
                "select o." + column + " from observation o join series s on s.id = o.series_id"
                        + " where s.metric_id = ? and s.area_code = ? and s.breakdown = ? and o.period = ?"
                        + " and o.superseded_at is null",
                Double.class,
                metric,
                area,
                breakdown,
                period);
    }

    @Test
    void storesEveryMetricOnceAndARerunChangesNothing() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        for (Map.Entry<String, String> file : INPUT.entrySet()) {
            Files.writeString(input.resolve(file.getKey()), file.getValue());
        }
        StoreCounts before = counts(jdbc);

        PipelineService.Report first = run(input);

        assertThat(first.submission().problems()).isEmpty();
        assertThat(first.accepted()).isTrue();
        assertThat(first.submission().added())
                .isEqualTo(first.submission().rows())
                .isPositive();
        assertThat(first.run().provenance().definitionVersions()).hasSize(17);
        StoreCounts after = counts(jdbc);
        assertThat(after.submissions()).isEqualTo(before.submissions() + 1);
        assertThat(after.observations())
                .isEqualTo(before.observations() + first.submission().added());
        // Monthly: April, A81001, S1 and S2 of 3 registered; quarterly: Q1, City of London, 65+.
        assertThat(current("emergency_admissions_per_100k", "A81001", "2024-04", "", "numerator"))
                .isEqualTo(2.0);
        assertThat(current("emergency_admissions_per_100k", "A81001", "2024-04", "", "denominator"))
                .isEqualTo(3.0);
        assertThat(current("reablement_91_days", "E09000001", "2024-25", "", "numerator"))
                .isEqualTo(1.0);
        assertThat(current("reablement_91_days", "E09000001", "2024-25", "", "denominator"))
                .isEqualTo(2.0);

        PipelineService.Report again = run(input);

        assertThat(again.accepted()).isTrue();
        assertThat(again.submission().added()).isZero();
        assertThat(again.submission().revised()).isZero();
        assertThat(again.submission().unchanged()).isEqualTo(first.submission().rows());
        assertThat(counts(jdbc)).isEqualTo(after);
        assertThat(again.run().provenance().inputFingerprint())
                .isEqualTo(first.run().provenance().inputFingerprint());
    }

    private PipelineService.Report runSynthea(Path input, SyntheaOptions options) {
        return pipeline.runSynthea(
                input,
                options,
                RunWindow.parse("2024-04", "2024-06"),
                new EngineSettings("256MB", 1),
                "test",
                PipelineRun.Listener.NONE);
    }

    @Test
    void aSyntheaExportIsMappedAndStoredAndARerunChangesNothing() {
        Path input = SyntheaTestExport.copyTo(temp);

        PipelineService.Report first = runSynthea(input, SyntheaTestExport.OPTIONS);

        assertThat(first.submission().problems()).isEmpty();
        assertThat(first.accepted()).isTrue();
        assertThat(first.inputNotes().get(0))
                .isEqualTo("Synthea input mapped: persons 12, person_residence 12, person_registration 11,"
                        + " hospital_spells 9, ae_attendances 9, social_care_events 2");
        assertThat(first.inputNotes())
                .contains("res_admissions_65: not run: Synthea records no long-term residential or nursing care"
                        + " placements");
        assertThat(first.run().provenance().definitionVersions()).doesNotContainKey("res_admissions_65");
        assertThat(first.run().notes()).anyMatch(n -> n.startsWith("chronic_acsc_admissions: skipped"));
        // April: e02 (23 h after an emergency encounter) and e14 (24 h), of the 11 patients placed in
        // Darlington; May: e06 (p03, Darlington 012B) and e23, of 12 residents.
        assertThat(current(
                        "emergency_admissions_per_100k",
                        SyntheaTestExport.DEFAULT_PRACTICE,
                        "2024-04",
                        "",
                        "numerator"))
                .isEqualTo(2.0);
        assertThat(current(
                        "emergency_admissions_per_100k",
                        SyntheaTestExport.DEFAULT_PRACTICE,
                        "2024-04",
                        "",
                        "denominator"))
                .isEqualTo(11.0);
        assertThat(current("emergency_admissions_per_100k", SyntheaTestExport.COUNCIL, "2024-05", "", "numerator"))
                .isEqualTo(2.0);
        assertThat(current("emergency_admissions_per_100k", SyntheaTestExport.COUNCIL, "2024-05", "", "denominator"))
                .isEqualTo(12.0);
        StoreCounts after = counts(jdbc);

        PipelineService.Report again = runSynthea(input, SyntheaTestExport.OPTIONS);

        assertThat(again.accepted()).isTrue();
        assertThat(again.submission().added()).isZero();
        assertThat(again.submission().revised()).isZero();
        assertThat(counts(jdbc)).isEqualTo(after);
    }

    @Test
    void aSyntheaExportWithAProblemStoresNothing() throws Exception {
        Path input = SyntheaTestExport.copyTo(temp);
        Path encounters = input.resolve("encounters.csv");
        Files.writeString(
                encounters,
                Files.readString(encounters).replace("e04,2024-04-11T10:00:00Z", "e04,2024-04-31T10:00:00Z"));
        StoreCounts before = counts(jdbc);

        assertThatThrownBy(() -> runSynthea(input, SyntheaTestExport.OPTIONS))
                .isInstanceOfSatisfying(
                        PipelineService.SyntheaInputRefused.class,
                        refused -> assertThat(refused.mapping().problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "encounters.csv row 6 START: '2024-04-31T10:00:00Z' is not a date and time"
                                                + " (YYYY-MM-DDTHH:MM:SSZ)"));
        assertThatThrownBy(() -> runSynthea(input, SyntheaOptions.defaults().withDefaultArea("E01012304", "A99999")))
                .hasMessageContaining("A99999 is not a GP practice");

        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aRunThatFailsLeavesNothingBehind() throws Exception {
        Path input = Files.createDirectories(temp.resolve("broken"));
        for (Map.Entry<String, String> file : INPUT.entrySet()) {
            Files.writeString(input.resolve(file.getKey()), file.getValue());
        }
        // A date that does not cast fails the definitions that read it, after others have run.
        Files.writeString(
                input.resolve("social_care_events.csv"),
                INPUT.get("social_care_events.csv") + "C9,P1,E09000001,long_term_residential,12/06/2024,,N,council\n");
        StoreCounts before = counts(jdbc);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(input)).hasMessageContaining("failed");

        assertThat(counts(jdbc)).isEqualTo(before);
    }
}
