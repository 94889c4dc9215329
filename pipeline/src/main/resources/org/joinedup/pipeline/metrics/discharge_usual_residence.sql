-- discharge_usual_residence: discharges to the usual place of residence (%)
-- version: 1
--
-- numerator:   spells of the denominator with discharge destination 19 (usual place of residence)
-- denominator: spells discharged in the period, all ages, except deaths (79) and unknown or not
--              applicable destinations (98, 99, empty). Every provider counts: the input does not say
--              which are acute. UNVERIFIED: the BCF code set and exclusions (domain reference 2.2.6)
-- area:        local authority of residence and GP practice of registration on the admission date
-- breakdowns:  age (age_group on the admission date), sex, imd_quintile, frailty (@context)
WITH
@spells,
cohort AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           CASE WHEN s.discharge_destination = '19' THEN 1 ELSE 0 END AS num, 1 AS den
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE s.discharge_destination IS NOT NULL AND s.discharge_destination NOT IN ('79', '98', '99', '')
),
refs AS (
    SELECT person_id, event_date AS ref_date FROM cohort
),
@context,
units AS (
    SELECT k.period, c.la_code, c.practice_code, age_group(c.age) AS age_group, c.sex, c.imd_quintile, c.frailty,
           k.num, k.den
    FROM cohort k
    JOIN context c ON c.person_id = k.person_id AND c.ref_date = k.event_date
    WHERE c.age >= 0
),
@expand
SELECT 'discharge_usual_residence' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
