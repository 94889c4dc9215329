-- emergency_admissions: emergency admissions by GP practice of registration and month of admission.
--
-- numerator:   distinct hospital spells with an emergency admission method (21-25, 28, 2A-2D in the
--              NHS Data Dictionary; 81 transfers and elective 1x are not emergencies) of persons
--              registered at the practice, counted in the month the spell started
-- denominator: persons registered at the practice in the persons table
-- area:        the person's GP practice of registration (ODS code); persons with none are left out,
--              and so are spells of persons not in the persons table
-- period:      every month in which any spell in the input starts, for every practice, so a practice
--              with no emergency admissions in a month has numerator 0
--
-- Portable SQL (DuckDB and Spark SQL, see docs/pipeline.md): CSV columns arrive as text, so dates are
-- cast; the month label is the first 7 characters of the ISO date.
WITH registered AS (
    SELECT gp_practice_code AS area_code, COUNT(*) AS persons
    FROM persons
    WHERE gp_practice_code IS NOT NULL AND gp_practice_code <> ''
    GROUP BY gp_practice_code
),
spells AS (
    SELECT
        spell_id,
        person_id,
        admission_method,
        SUBSTR(CAST(CAST(admission_date AS DATE) AS STRING), 1, 7) AS period
    FROM hospital_spells
),
months AS (
    SELECT DISTINCT period
    FROM spells
    WHERE period IS NOT NULL
),
emergency AS (
    SELECT p.gp_practice_code AS area_code, s.period, COUNT(DISTINCT s.spell_id) AS admissions
    FROM spells s
    JOIN persons p ON p.person_id = s.person_id
    WHERE CAST(s.admission_method AS STRING) IN ('21', '22', '23', '24', '25', '28', '2A', '2B', '2C', '2D')
    GROUP BY p.gp_practice_code, s.period
)
SELECT
    'emergency_admissions' AS metric,
    r.area_code,
    m.period,
    '' AS breakdown,
    COALESCE(e.admissions, 0) AS numerator,
    r.persons AS denominator
FROM registered r
CROSS JOIN months m
LEFT JOIN emergency e ON e.area_code = r.area_code AND e.period = m.period
