-- los_21_plus: hospital discharges after a stay of 21 days or more (%)
-- version: 1
--
-- numerator:   spells of the denominator with a length of stay (days_between admission and discharge)
--              of 21 days or more
-- denominator: spells of persons aged 18+ on admission discharged in the period, any admission method.
--              UNVERIFIED: BCF 2021-22 counted acute inpatients resident 21+ days; the exact spec (a
--              snapshot of patients in a bed, or discharges as here) is not in the reference material
-- area:        local authority of residence and GP practice of registration on the admission date
-- breakdowns:  age (age_group on the admission date), sex, imd_quintile, frailty (@context)
WITH
@spells,
cohort AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           CASE WHEN days_between(s.admission_date, s.discharge_date) >= 21 THEN 1 ELSE 0 END AS num, 1 AS den
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE s.discharge_date >= s.admission_date
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
SELECT 'los_21_plus' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
