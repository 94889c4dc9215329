package org.joinedup.pipeline.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small linked data set in the canonical input shape (persons, residence, registration, spells,
 * social care events), each row chosen to count or not for a stated reason. Shared with the Spark
 * module's tests (test-jar) and copied by the server's integration test, so every engine and the store
 * are held to the same answers (the expected numbers are in {@code DefinitionsTest}).
 *
 * <p>LSOAs: E01000001 and E01000002 are in City of London (E09000001, IMD deciles 9 and 10, quintile
 * 5); E01011950 is in Hartlepool (E06000001, decile 1, quintile 1), as in the shipped lookup.
 *
 * <pre>
 * person  born     sex  lives                          registered  died
 * P1      1940-05  F    E01000001                      A81001
 * P2      1950-01  M    E01000001                      A81001
 * P3      1960-01  F    E01000002                      A81001
 * P4      1945-02  M    E01000002, E01011950 from 1 May A81002
 * P5      1938-07  F    E01011950                      A81002      2024-05-20 in hospital (S6)
 * P6      1990-01  M    E01011950                      none
 * P7      1930-03  F    E01000001                      A81002      2024-06-10 at home
 *
 * spell  person admitted   method discharged  dest  diagnoses          why
 * H0     P1     2023-01-10 11     2023-01-12  19    F00;R296;N39       history: P1's frailty 13.9 (intermediate)
 * S1     P1     2024-04-03 21     2024-04-20  19    S720;W19           fall 65+, LOS 17, Saturday, readmitted (S2)
 * S2     P1     2024-04-28 2A     2024-05-02  19    J44                chronic ACSC (COPD), 8 days after S1
 * S3     P2     2024-05-01 11     2024-05-01  19    M17                elective day case
 * S4     P3     2024-05-31 22     2024-06-02  19    I50                chronic ACSC (heart failure), listed twice
 * S5     P4     2024-04-30 28     2024-05-04  19    S720;W010          fall 65+, Saturday, City of London then
 * S6     P5     2024-05-15 81     2024-05-20  79    I63                transfer in; died in hospital
 * S7     P6     2024-04-10 21     2024-04-11  19    R07                no practice: counts for Hartlepool only
 * S8     P9     2024-04-12 21     2024-04-13  19    R07                unknown person: counts nowhere
 * S9     P4     2024-05-20 21     2024-06-12  54    J18                LOS 23, ready 2024-05-30 (13 days' delay)
 * S10    P2     2024-06-05 24     2024-06-09  19    N39                Sunday discharge
 * S11    P1     2024-10-01 21     2024-10-10  19    I48                into reablement (C1), at home on day 91
 * S12    P2     2024-11-01 21     2024-11-05  19    J18                into reablement (C5), in hospital on day 91
 * S13    P2     2025-02-01 21     2025-02-10  19    J18                covers P2's day 91 (2025-02-04)
 *
 * social care  person type                   start       funding      why
 * C1           P1     short_term_reablement  2024-10-12  council      2 days after S11
 * C2           P4     long_term_residential  2024-06-12  council      permanent admission, P4 aged 79
 * C3           P4     long_term_nursing      2024-09-01  council      transfer residential to nursing: not again
 * C4           P2     long_term_residential  2024-05-10  self_funded  self-funded: not counted
 * C5           P2     short_term_reablement  2024-11-06  council      1 day after S12
 * </pre>
 */
public final class PipelineFixture {

    public static final String PERSONS_CSV = """
            person_id,year_of_birth,month_of_birth,sex,date_of_death,ethnic_group
            P1,1940,5,F,,A
            P2,1950,1,M,,A
            P3,1960,1,F,,B
            P4,1945,2,M,,A
            P5,1938,7,F,2024-05-20,A
            P6,1990,1,M,,C
            P7,1930,3,F,2024-06-10,A
            """;

    public static final String PERSON_RESIDENCE_CSV = """
            person_id,lsoa_code,from_date,to_date
            P1,E01000001,2000-01-01,
            P2,E01000001,2000-01-01,
            P3,E01000002,2000-01-01,
            P4,E01000002,2000-01-01,2024-04-30
            P4,E01011950,2024-05-01,
            P5,E01011950,2000-01-01,
            P6,E01011950,2000-01-01,
            P7,E01000001,2000-01-01,
            """;

    public static final String PERSON_REGISTRATION_CSV = """
            person_id,gp_practice_code,from_date,to_date
            P1,A81001,2000-01-01,
            P2,A81001,2000-01-01,
            P3,A81001,2000-01-01,
            P4,A81002,2000-01-01,
            P5,A81002,2000-01-01,
            P7,A81002,2000-01-01,
            """;

    public static final String HOSPITAL_SPELLS_CSV = """
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
            """;

    public static final String SOCIAL_CARE_EVENTS_CSV = """
            event_id,person_id,local_authority_code,event_type,start_date,end_date,following_hospital_discharge,funding
            C1,P1,E09000001,short_term_reablement,2024-10-12,2024-11-20,Y,council
            C2,P4,E06000001,long_term_residential,2024-06-12,,N,council
            C3,P4,E06000001,long_term_nursing,2024-09-01,,N,council
            C4,P2,E09000001,long_term_residential,2024-05-10,,N,self_funded
            C5,P2,E09000001,short_term_reablement,2024-11-06,2024-12-01,Y,council
            """;

    /** The shipped open data folder, from a module's folder (pipeline, spark or server). */
    public static final Path OPENDATA = Path.of("..", "opendata");

    private PipelineFixture() {}

    /** Writes the five input tables as CSV into the folder and returns it. */
    public static Path writeCsv(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> table : Map.of(
                            "persons", PERSONS_CSV,
                            "person_residence", PERSON_RESIDENCE_CSV,
                            "person_registration", PERSON_REGISTRATION_CSV,
                            "hospital_spells", HOSPITAL_SPELLS_CSV,
                            "social_care_events", SOCIAL_CARE_EVENTS_CSV)
                    .entrySet()) {
                Files.writeString(folder.resolve(table.getKey() + ".csv"), table.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
