-- weekend_discharges_pct: discharges after an emergency admission that fall on a Saturday or Sunday (%)
-- version: 1
--
-- numerator:   spells of the denominator discharged on a Saturday or Sunday (iso_weekday 6 or 7)
-- denominator: spells with an emergency admission method discharged alive (destination not 79) in the
--              period, all ages. UNVERIFIED: the 2017 dashboard's exact cohort (domain reference 2.3)
-- area:        local authority of residence and GP practice of registration on the admission date
-- breakdowns:  age (age_group on the admission date), sex, imd_quintile, frailty (@context)
WITH
@spells,
cohort AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           CASE WHEN iso_weekday(s.discharge_date) >= 6 THEN 1 ELSE 0 END AS num, 1 AS den
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE is_emergency(s.admission_method) AND COALESCE(s.discharge_destination, '') <> '79'
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
SELECT 'weekend_discharges_pct' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
