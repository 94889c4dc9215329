-- chronic_acsc_admissions: emergency admissions for chronic ambulatory care sensitive conditions per 100,000 residents
-- version: 1
--
-- numerator:   spells with an emergency admission method (is_emergency, so transfers 81-84 are left
--              out) whose primary diagnosis (dots and spaces removed) starts with a code of the NHS OF
--              2.3.i chronic ACSC list below, counted in the period the spell started. UNVERIFIED codes:
--              the reference material names the conditions, not the codes, which are written here from
--              the NHS OF 2.3.i specification as remembered (docs/pipeline-metrics.md); angina is counted
--              without its procedure exclusions (the input has no procedures). A crude rate, not the
--              indirectly standardised ratio of the catalogue's acsc_admissions / avoidable_admissions
--                chronic viral hepatitis B   B180 B181
--                iron deficiency anaemia     D501 D508 D509 D510 D511 D512 D513 D518 D520 D528 D529
--                diabetes complications      E10-E14 with a 4th character 0-8
--                dementia                    F00 F01 F02 F03 G30
--                convulsions and epilepsy    G40 G41 R56 O15
--                congestive heart failure    I110 I50 J81
--                angina                      I20 I240 I248 I249 I25 Z034
--                hypertension                I10 I119
--                atrial fibrillation/flutter I48
--                COPD                        J41 J42 J43 J44 J47, and J20 with a secondary J41-J44 or J47
--                asthma                      J45 J46
-- denominator: the resident population of the persons data on the first day of the period
--              (@population); a person counts in the local authority of the residence and the GP
--              practice of the registration covering that day
-- area:        local authority of residence (LSOA of the residence record covering the date, through
--              the shipped LSOA lookup) and GP practice of registration, each on the event date
-- period:      the rows of the periods table the runner registers (months, quarters or financial
--              years, as the catalogue's frequency for the metric)
-- breakdowns:  age (age_group at the event; at the period start for the population), sex and
--              imd_quintile (at the event), frailty (@context) at the period start for both, so a rate
--              by frailty group is of the persons in that group when the period began
WITH
@spells,
events AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period, 1 AS amount
    FROM (
        SELECT person_id, admission_date, admission_method,
               REPLACE(REPLACE(UPPER(COALESCE(primary_diagnosis, '')), '.', ''), ' ', '') AS dx,
               diagnosis_list('', secondary_diagnoses) AS secondary
        FROM spells
    ) s
    JOIN periods pr ON s.admission_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE is_emergency(s.admission_method)
      AND (
          SUBSTR(s.dx, 1, 4) IN ('B180', 'B181', 'D501', 'D508', 'D509', 'D510', 'D511', 'D512', 'D513', 'D518',
                                 'D520', 'D528', 'D529', 'I110', 'I240', 'I248', 'I249', 'Z034', 'I119')
          OR SUBSTR(s.dx, 1, 3) IN ('F00', 'F01', 'F02', 'F03', 'G30', 'G40', 'G41', 'R56', 'O15', 'I50', 'J81',
                                    'I20', 'I25', 'I10', 'I48', 'J41', 'J42', 'J43', 'J44', 'J47', 'J45', 'J46')
          OR (SUBSTR(s.dx, 1, 3) IN ('E10', 'E11', 'E12', 'E13', 'E14')
              AND SUBSTR(s.dx, 4, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8'))
          OR (SUBSTR(s.dx, 1, 3) = 'J20'
              AND (s.secondary LIKE '%;J41%' OR s.secondary LIKE '%;J42%' OR s.secondary LIKE '%;J43%'
                   OR s.secondary LIKE '%;J44%' OR s.secondary LIKE '%;J47%'))
      )
),
@population,
refs AS (
    SELECT person_id, event_date AS ref_date FROM events
    UNION ALL
    SELECT person_id, ref_date FROM population
),
@context,
units AS (
    SELECT e.period, c.la_code, c.practice_code, age_group(c.age) AS age_group, c.sex, c.imd_quintile, s.frailty,
           e.amount AS num, 0 AS den
    FROM events e
    JOIN context c ON c.person_id = e.person_id AND c.ref_date = e.event_date
    LEFT JOIN population p0 ON p0.person_id = e.person_id AND p0.period = e.period
    LEFT JOIN context s ON s.person_id = p0.person_id AND s.ref_date = p0.ref_date
    WHERE c.age >= 0
    UNION ALL
    SELECT p.period, c.la_code, c.practice_code, age_group(c.age) AS age_group, c.sex, c.imd_quintile, c.frailty,
           0 AS num, 1 AS den
    FROM population p
    JOIN context c ON c.person_id = p.person_id AND c.ref_date = p.ref_date
    WHERE c.age >= 0
),
@expand
SELECT 'chronic_acsc_admissions' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
