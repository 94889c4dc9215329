-- discharge_delay_average_days: average days from the discharge ready date to discharge
-- version: 1
--
-- numerator:   days from the discharge ready date to the discharge date (days_between; 0 when discharged
--              on or before the ready date) summed over the denominator's spells
-- denominator: spells of persons aged 18+ on admission discharged in the period that have a discharge
--              ready date; the value is the mean delay in days. Every provider counts (the input does
--              not say which are acute). UNVERIFIED: the 2025-26 BCF definition
-- area:        local authority of residence and GP practice of registration on the admission date
-- breakdowns:  age (age_group on the admission date), sex, imd_quintile, frailty (@context)
WITH
@spells,
cohort AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           CASE WHEN s.discharge_date > s.discharge_ready_date
                THEN days_between(s.discharge_ready_date, s.discharge_date) ELSE 0 END AS num,
           1 AS den
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE s.discharge_ready_date IS NOT NULL
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
    WHERE c.age >= 18
),
@expand
SELECT 'discharge_delay_average_days' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
