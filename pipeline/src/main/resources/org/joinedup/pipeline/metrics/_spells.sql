-- Fragment @spells: one row per hospital spell (an extract may repeat a spell; the copies are merged),
-- typed. Needs: hospital_spells. Gives: spells(spell_id, person_id, admission_date, discharge_date,
-- admission_method, discharge_destination, primary_diagnosis, secondary_diagnoses, discharge_ready_date).
spells AS (
    SELECT
        spell_id,
        MIN(person_id) AS person_id,
        MIN(CAST(admission_date AS DATE)) AS admission_date,
        MAX(CAST(discharge_date AS DATE)) AS discharge_date,
        MIN(UPPER(TRIM(CAST(admission_method AS STRING)))) AS admission_method,
        MIN(TRIM(CAST(discharge_destination AS STRING))) AS discharge_destination,
        MIN(primary_diagnosis) AS primary_diagnosis,
        MIN(secondary_diagnoses) AS secondary_diagnoses,
        MAX(CAST(discharge_ready_date AS DATE)) AS discharge_ready_date
    FROM hospital_spells
    WHERE spell_id IS NOT NULL
    GROUP BY spell_id
)
