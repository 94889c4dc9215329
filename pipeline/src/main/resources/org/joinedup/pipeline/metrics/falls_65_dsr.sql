-- falls_65_dsr: emergency admissions due to falls, people aged 65+, for a directly age-standardised rate
-- per 100,000 (ESP2013)
-- version: 1
--
-- numerator:   spells with an emergency admission method (is_emergency) of persons aged 65+ on the
--              admission date whose primary diagnosis is an injury (ICD-10 S00-T98: S.., T00-T98) and
--              with a falls external cause (W00-W19) in any diagnosis position, counted in the period the
--              spell started
-- denominator: the resident population of the persons data aged 65+ on the first day of the period
--              (@population)
-- rows:        one per ESP2013 five-year age band (age=65-69 ... age=90+), alone and with sex,
--              imd_quintile or frailty (age=65-69;sex=F); no total row: core's roll-up standardises the
--              bands (weights 65+ total 19,500) into the total of each area and breakdown
-- area:        local authority of residence and GP practice of registration on the event date
WITH
@spells,
events AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period, 1 AS amount
    FROM (
        SELECT person_id, admission_date, admission_method,
               REPLACE(REPLACE(UPPER(COALESCE(primary_diagnosis, '')), '.', ''), ' ', '') AS dx,
               diagnosis_list(primary_diagnosis, secondary_diagnoses) AS all_dx
        FROM spells
    ) s
    JOIN periods pr ON s.admission_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE is_emergency(s.admission_method)
      AND (SUBSTR(s.dx, 1, 1) = 'S' OR (SUBSTR(s.dx, 1, 1) = 'T' AND SUBSTR(s.dx, 2, 2) <= '98'))
      AND (s.all_dx LIKE '%;W0%' OR s.all_dx LIKE '%;W1%')
),
@population,
refs AS (
    SELECT person_id, event_date AS ref_date FROM events
    UNION ALL
    -- 64 or over on the first day: everyone who can be 65 or over on a day of the period
    SELECT p.person_id, p.ref_date
    FROM population p
    JOIN persons pe ON pe.person_id = p.person_id
    WHERE age_at(pe.year_of_birth, pe.month_of_birth, p.ref_date) >= 64
),
@context,
units AS (
    SELECT e.period, c.la_code, c.practice_code, esp_band(c.age) AS age_group, c.sex, c.imd_quintile, s.frailty,
           e.amount AS num, 0 AS den
    FROM events e
    JOIN context c ON c.person_id = e.person_id AND c.ref_date = e.event_date
    LEFT JOIN population p0 ON p0.person_id = e.person_id AND p0.period = e.period
    LEFT JOIN context s ON s.person_id = p0.person_id AND s.ref_date = p0.ref_date
    WHERE c.age >= 65
    UNION ALL
    SELECT p.period, c.la_code, c.practice_code, esp_band(c.age) AS age_group, c.sex, c.imd_quintile, c.frailty,
           0 AS num, 1 AS den
    FROM population p
    JOIN context c ON c.person_id = p.person_id AND c.ref_date = p.ref_date
    WHERE c.age >= 65
),
@expand_by_age
SELECT 'falls_65_dsr' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
