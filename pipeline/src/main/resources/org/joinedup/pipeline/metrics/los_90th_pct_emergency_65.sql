-- los_90th_pct_emergency_65: 90th percentile of length of stay, emergency admissions of people aged 65+
-- version: 1
--
-- cohort:      spells with an emergency admission method (is_emergency) of persons aged 65+ on the
--              admission date, discharged in the period; length of stay = days_between admission and
--              discharge (0 for a same-day spell)
-- value:       the nearest-rank 90th percentile: the smallest length of stay such that at least 90% of
--              the cohort's spells are no longer (rank ceil(0.9 n), computed in whole numbers). The row
--              carries numerator = percentile x n and denominator = n, so the catalogue's mean value
--              type (numerator / denominator) gives the percentile; a roll-up of such rows is the
--              spell-weighted mean of the areas' percentiles, not the percentile of the pooled spells
-- area:        local authority of residence and GP practice of registration on the admission date
-- breakdowns:  age (age_group), sex, imd_quintile, frailty (@context)
WITH
@spells,
cohort AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           days_between(s.admission_date, s.discharge_date) AS los
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE is_emergency(s.admission_method) AND s.discharge_date >= s.admission_date
),
refs AS (
    SELECT person_id, event_date AS ref_date FROM cohort
),
@context,
units AS (
    SELECT k.period, c.la_code, c.practice_code, age_group(c.age) AS age_group, c.sex, c.imd_quintile, c.frailty,
           k.los AS num, 1 AS den
    FROM cohort k
    JOIN context c ON c.person_id = k.person_id AND c.ref_date = k.event_date
    WHERE c.age >= 65
),
-- each spell keeps its own row (not summed as @expand does), for the percentile
unit_rows AS (
    SELECT period, la_code, practice_code, age_group, sex, imd_quintile, frailty, num, den FROM units
),
@expand_rows,
ranked AS (
    SELECT area_code, period, breakdown, num AS los,
           ROW_NUMBER() OVER (PARTITION BY area_code, period, breakdown ORDER BY num) AS position,
           COUNT(*) OVER (PARTITION BY area_code, period, breakdown) AS n
    FROM keyed
)
SELECT 'los_90th_pct_emergency_65' AS metric, area_code, period, breakdown,
       los * n AS numerator, n AS denominator
FROM ranked
WHERE position = CAST(FLOOR((9 * n + 9) / 10) AS BIGINT)
