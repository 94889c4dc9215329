-- deaths_usual_residence_65: deaths of people aged 65+ in their usual place of residence (%)
-- version: 1
--
-- numerator:   deaths of the denominator that did not happen in hospital: no spell of the person ends
--              with discharge destination 79 (died) on or after the date of death less one day, and no
--              spell admitted on or before the date of death is still open (no discharge date) or
--              discharged after it
-- denominator: persons with a date of death in the period, aged 65+ on that date
-- UNVERIFIED:  the input records hospital deaths only; deaths in a hospice (even after a discharge to
--              one, destination 88) or elsewhere away from home cannot be told apart and count as at the
--              usual place of residence (home or care home), so the share is overstated where hospice
--              deaths are common
-- area:        local authority of residence and GP practice of registration on the date of death
-- breakdowns:  age (age_group), sex, imd_quintile, frailty (@context)
WITH
@spells,
deaths AS (
    SELECT pe.person_id, CAST(pe.date_of_death AS DATE) AS event_date, pr.period
    FROM persons pe
    JOIN periods pr ON CAST(pe.date_of_death AS DATE) BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
),
in_hospital AS (
    SELECT DISTINCT d.person_id
    FROM deaths d
    JOIN spells s ON s.person_id = d.person_id
    WHERE (s.discharge_destination = '79' AND s.discharge_date >= add_days(d.event_date, -1))
       OR (s.admission_date <= d.event_date AND (s.discharge_date IS NULL OR s.discharge_date > d.event_date))
),
cohort AS (
    SELECT d.person_id, d.event_date, d.period,
           CASE WHEN h.person_id IS NULL THEN 1 ELSE 0 END AS num, 1 AS den
    FROM deaths d
    LEFT JOIN in_hospital h ON h.person_id = d.person_id
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
    WHERE c.age >= 65
),
@expand
SELECT 'deaths_usual_residence_65' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
