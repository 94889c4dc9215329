package org.joinedup.pipeline.synthea;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping from the staged Synthea files to the canonical tables, in DuckDB SQL. The statements build
 * working tables; {@link #outputs} gives one query per canonical table, with its columns in the
 * canonical order (docs/pipeline-input.md), sorted so the same export gives the same files.
 *
 * <p>Placeholders, filled in by {@link SyntheaMapper}: {@code :default_lsoa}, {@code :default_practice}
 * (quoted literals).
 */
final class SyntheaSql {
    private SyntheaSql() {}

    /** Patients, with the English LSOA found in FIPS, COUNTY or ZIP (the first that is a shipped LSOA). */
    static final String PATIENTS = """
            CREATE TABLE pat AS
            SELECT p.id,
                   CAST(syn_time(p.birthdate) AS DATE) AS birth_date,
                   CAST(syn_time(p.deathdate) AS DATE) AS death_date,
                   UPPER(p.gender) AS sex,
                   COALESCE(l1.lsoa_code, l2.lsoa_code, l3.lsoa_code) AS own_lsoa
            FROM v_patients p
            LEFT JOIN lsoa l1 ON l1.lsoa_code = UPPER(p.fips)
            LEFT JOIN lsoa l2 ON l2.lsoa_code = UPPER(p.county)
            LEFT JOIN lsoa l3 ON l3.lsoa_code = UPPER(p.zip)
            """;

    /** Where each patient lives: their own LSOA, or the default one (placed = true). */
    static final String RESIDENCE = """
            CREATE TABLE res AS
            SELECT id AS person_id, COALESCE(own_lsoa, :default_lsoa) AS lsoa_code, own_lsoa IS NULL AS placed,
                   birth_date
            FROM pat
            """;

    static final String ENCOUNTERS = """
            CREATE TABLE enc AS
            SELECT id, patient, organization, LOWER(encounterclass) AS cls, syn_time(start) AS t0,
                   syn_time(stop) AS t1, reasoncode
            FROM v_encounters
            """;

    /**
     * Each inpatient encounter with the emergency encounter of the same patient that started at most 24
     * hours before it (the latest, if several): these spells are emergency admissions.
     */
    static final String SPELL_LINKS = """
            CREATE TABLE spell_link AS
            SELECT spell_id, emergency_id
            FROM (
                SELECT i.id AS spell_id, x.id AS emergency_id,
                       ROW_NUMBER() OVER (PARTITION BY i.id ORDER BY x.t0 DESC, x.id DESC) AS n
                FROM enc i
                JOIN enc x ON x.patient = i.patient AND x.cls = 'emergency'
                    AND x.t0 <= i.t0 AND x.t0 >= i.t0 - INTERVAL 24 HOUR
                WHERE i.cls = 'inpatient'
            )
            WHERE n = 1
            """;

    /** Spells without diagnoses, when there is no SNOMED CT to ICD-10 map. */
    static final String NO_DIAGNOSES = """
            CREATE TABLE dx (spell_id VARCHAR, primary_diagnosis VARCHAR, secondary_diagnoses VARCHAR)
            """;

    /**
     * Diagnoses through the SNOMED CT to ICD-10 map (table {@code snomed_icd10(snomed, icd10)}). Primary:
     * the encounter's REASONCODE, else the first condition recorded at the spell's encounter or at its
     * emergency encounter (by START, then code). Secondary: every other mapped code of those conditions
     * and of the patient's conditions active on the day of admission.
     */
    static final String DIAGNOSES = """
            CREATE TABLE dx AS
            WITH spell AS (
                SELECT i.id AS spell_id, i.patient, CAST(i.t0 AS DATE) AS adm, i.reasoncode, l.emergency_id
                FROM enc i LEFT JOIN spell_link l ON l.spell_id = i.id
                WHERE i.cls = 'inpatient'
            ),
            cond AS (
                SELECT patient, encounter, code, CAST(syn_time(start) AS DATE) AS d0, CAST(syn_time(stop) AS DATE) AS d1
                FROM v_conditions
            ),
            cand AS (
                SELECT s.spell_id, 0 AS rank, s.adm AS d0, m.icd10
                FROM spell s JOIN snomed_icd10 m ON m.snomed = s.reasoncode
                UNION ALL
                SELECT s.spell_id, 1 AS rank, c.d0, m.icd10
                FROM spell s
                JOIN cond c ON c.patient = s.patient AND (c.encounter = s.spell_id OR c.encounter = s.emergency_id)
                JOIN snomed_icd10 m ON m.snomed = c.code
                UNION ALL
                SELECT s.spell_id, 2 AS rank, c.d0, m.icd10
                FROM spell s
                JOIN cond c ON c.patient = s.patient AND c.d0 <= s.adm AND (c.d1 IS NULL OR c.d1 >= s.adm)
                JOIN snomed_icd10 m ON m.snomed = c.code
            ),
            prim AS (
                SELECT spell_id, icd10
                FROM (
                    SELECT spell_id, icd10, ROW_NUMBER() OVER (PARTITION BY spell_id ORDER BY rank, d0, icd10) AS n
                    FROM cand WHERE rank < 2
                )
                WHERE n = 1
            ),
            sec AS (
                SELECT c.spell_id, array_to_string(list_sort(list_distinct(list(c.icd10))), ';') AS codes
                FROM cand c LEFT JOIN prim p ON p.spell_id = c.spell_id
                WHERE p.icd10 IS NULL OR c.icd10 <> p.icd10
                GROUP BY c.spell_id
            )
            SELECT s.spell_id, p.icd10 AS primary_diagnosis, sec.codes AS secondary_diagnoses
            FROM spell s
            LEFT JOIN prim p ON p.spell_id = s.spell_id
            LEFT JOIN sec ON sec.spell_id = s.spell_id
            """;

    /** The canonical tables, by name, as queries. */
    static Map<String, String> outputs() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("persons", """
                SELECT id AS person_id, YEAR(birth_date) AS year_of_birth, MONTH(birth_date) AS month_of_birth, sex,
                       death_date AS date_of_death, CAST(NULL AS VARCHAR) AS ethnic_group
                FROM pat ORDER BY id
                """);
        out.put("person_residence", """
                SELECT person_id, lsoa_code, birth_date AS from_date, CAST(NULL AS DATE) AS to_date
                FROM res ORDER BY person_id
                """);
        out.put("person_registration", """
                SELECT person_id, :default_practice AS gp_practice_code, birth_date AS from_date,
                       CAST(NULL AS DATE) AS to_date
                FROM res WHERE placed ORDER BY person_id
                """);
        out.put("hospital_spells", """
                SELECT i.id AS spell_id, i.patient AS person_id, i.organization AS provider_code,
                       CAST(i.t0 AS DATE) AS admission_date,
                       CASE WHEN l.emergency_id IS NULL THEN '11' ELSE '21' END AS admission_method,
                       CAST(i.t1 AS DATE) AS discharge_date,
                       CASE WHEN p.death_date >= CAST(i.t0 AS DATE)
                                 AND (i.t1 IS NULL OR p.death_date <= CAST(i.t1 AS DATE)) THEN '79' END
                           AS discharge_destination,
                       d.primary_diagnosis, d.secondary_diagnoses, CAST(NULL AS VARCHAR) AS main_specialty,
                       CAST(NULL AS DATE) AS discharge_ready_date
                FROM enc i
                JOIN pat p ON p.id = i.patient
                LEFT JOIN spell_link l ON l.spell_id = i.id
                LEFT JOIN dx d ON d.spell_id = i.id
                WHERE i.cls = 'inpatient'
                ORDER BY i.t0, i.id
                """);
        out.put("ae_attendances", """
                SELECT x.id AS attendance_id, x.patient AS person_id, x.organization AS provider_code,
                       strftime(x.t0, '%Y-%m-%d %H:%M:%S') AS arrival_time,
                       strftime(x.t1, '%Y-%m-%d %H:%M:%S') AS departure_time,
                       '1' AS department_type,
                       CASE WHEN EXISTS (
                           SELECT 1 FROM enc i
                           WHERE i.patient = x.patient AND i.cls = 'inpatient'
                             AND i.t0 >= x.t0 AND i.t0 <= x.t0 + INTERVAL 24 HOUR
                       ) THEN '01' END AS disposal
                FROM enc x
                WHERE x.cls = 'emergency'
                ORDER BY x.t0, x.id
                """);
        out.put("social_care_events", """
                SELECT x.id AS event_id, x.patient AS person_id, l.la_code AS local_authority_code,
                       'short_term_residential' AS event_type,
                       CAST(x.t0 AS DATE) AS start_date, CAST(x.t1 AS DATE) AS end_date,
                       CASE WHEN EXISTS (
                           SELECT 1 FROM enc i
                           WHERE i.patient = x.patient AND i.cls = 'inpatient'
                             AND i.t1 <= x.t0 AND i.t1 >= x.t0 - INTERVAL 24 HOUR
                       ) THEN 'true' ELSE 'false' END AS following_hospital_discharge,
                       CAST(NULL AS VARCHAR) AS funding
                FROM enc x
                JOIN res r ON r.person_id = x.patient
                LEFT JOIN lsoa l ON l.lsoa_code = r.lsoa_code
                WHERE x.cls = 'snf'
                ORDER BY x.t0, x.id
                """);
        return out;
    }
}
