-- Fragment @context: who a person was on a date. Needs: refs(person_id, ref_date DATE; a pair may repeat), persons,
-- person_residence, person_registration, hospital_spells, lsoa_lookup(lsoa_code, la_code, imd_decile),
-- hfrs_points(code, points). Gives: context(person_id, ref_date, la_code, practice_code, sex, age,
-- imd_quintile, frailty).
--   la_code, imd_quintile: from the LSOA of the residence record covering the date (the smallest code
--                          if records overlap), through the shipped LSOA lookup
--   practice_code:         the GP practice of the registration record covering the date
--   sex:                   M or F (also read from NHS codes 1 and 2); otherwise null
--   age:                   whole years on the date (age_at)
--   frailty:               Hospital Frailty Risk Score (Gilbert 2018): the points of each distinct
--                          3-character ICD-10 code among all diagnoses of the person's spells admitted
--                          in the 730 days before the date (the spell admitted on the date itself is
--                          not included), summed, rounded to 1 decimal and grouped by frailty_group;
--                          no spells gives 0, low
ctx_refs AS (
    SELECT person_id, ref_date FROM refs WHERE ref_date IS NOT NULL
),
ctx_place AS (
    SELECT r.person_id, r.ref_date, MIN(res.lsoa_code) AS lsoa_code, MIN(reg.gp_practice_code) AS practice_code
    FROM ctx_refs r
    LEFT JOIN person_residence res ON res.person_id = r.person_id
        AND CAST(res.from_date AS DATE) <= r.ref_date
        AND (res.to_date IS NULL OR CAST(res.to_date AS DATE) >= r.ref_date)
    LEFT JOIN person_registration reg ON reg.person_id = r.person_id
        AND CAST(reg.from_date AS DATE) <= r.ref_date
        AND (reg.to_date IS NULL OR CAST(reg.to_date AS DATE) >= r.ref_date)
        AND reg.gp_practice_code IS NOT NULL AND reg.gp_practice_code <> ''
    GROUP BY r.person_id, r.ref_date
),
ctx_digits AS (
    SELECT 0 AS d UNION ALL SELECT 1 AS d UNION ALL SELECT 2 AS d UNION ALL SELECT 3 AS d UNION ALL SELECT 4 AS d
    UNION ALL SELECT 5 AS d UNION ALL SELECT 6 AS d UNION ALL SELECT 7 AS d UNION ALL SELECT 8 AS d
    UNION ALL SELECT 9 AS d
),
ctx_lists AS (
    SELECT person_id, CAST(admission_date AS DATE) AS admission_date,
           diagnosis_list(primary_diagnosis, secondary_diagnoses) AS list
    FROM hospital_spells
    WHERE person_id IN (SELECT person_id FROM ctx_refs)
),
ctx_lists_counted AS (
    SELECT person_id, admission_date, list, LENGTH(list) - LENGTH(REPLACE(list, ';', '')) AS parts
    FROM ctx_lists
),
ctx_positions AS (
    SELECT a.d * 100 + b.d * 10 + c.d + 2 AS n
    FROM ctx_digits a CROSS JOIN ctx_digits b CROSS JOIN ctx_digits c
    WHERE a.d * 100 + b.d * 10 + c.d + 2 <= (SELECT MAX(parts) FROM ctx_lists_counted)
),
ctx_spell_codes AS (
    SELECT DISTINCT l.person_id, l.admission_date, h.code, CAST(h.points AS DOUBLE) AS points
    FROM ctx_lists_counted l
    JOIN ctx_positions p ON p.n <= l.parts
    JOIN hfrs_points h ON h.code = SUBSTR(split_part(l.list, ';', p.n), 1, 3)
),
ctx_codes AS (
    SELECT DISTINCT r.person_id, r.ref_date, c.code, c.points
    FROM ctx_refs r
    JOIN ctx_spell_codes c ON c.person_id = r.person_id
        AND c.admission_date < r.ref_date
        AND c.admission_date >= add_days(r.ref_date, -730)
),
ctx_frailty AS (
    SELECT person_id, ref_date, ROUND(SUM(points), 1) AS score
    FROM ctx_codes
    GROUP BY person_id, ref_date
),
context AS (
    SELECT
        r.person_id,
        r.ref_date,
        l.la_code,
        r.practice_code,
        CASE
            WHEN UPPER(TRIM(p.sex)) IN ('M', '1', 'MALE') THEN 'M'
            WHEN UPPER(TRIM(p.sex)) IN ('F', '2', 'FEMALE') THEN 'F'
        END AS sex,
        age_at(p.year_of_birth, p.month_of_birth, r.ref_date) AS age,
        imd_quintile(l.imd_decile) AS imd_quintile,
        frailty_group(COALESCE(f.score, 0)) AS frailty
    FROM ctx_place r
    JOIN persons p ON p.person_id = r.person_id
    LEFT JOIN lsoa_lookup l ON l.lsoa_code = r.lsoa_code
    LEFT JOIN ctx_frailty f ON f.person_id = r.person_id AND f.ref_date = r.ref_date
)
