-- emergency_readmissions_30_days: emergency readmissions within 30 days of discharge (%)
-- version: 1
--
-- numerator:   spells of the denominator followed by another spell of the same person with an
--              emergency admission method admitted 0 to 30 days (days_between) after the discharge
-- denominator: spells discharged alive (destination not 79) in the period, any admission method except
--              maternity (31, 32), all ages. Discharges in the last 30 days of the data have a shorter
--              follow-up and may be undercounted. UNVERIFIED: NHS OF 3b's exclusions (cancer,
--              obstetrics) and its indirect standardisation are not applied: this is a crude percentage
-- area:        local authority of residence and GP practice of registration on the admission date
-- breakdowns:  age (age_group on the admission date), sex, imd_quintile, frailty (@context)
WITH
@spells,
cohort AS (
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           CASE WHEN MIN(r.spell_id) IS NULL THEN 0 ELSE 1 END AS num, 1 AS den
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    LEFT JOIN spells r ON r.person_id = s.person_id AND r.spell_id <> s.spell_id
        AND is_emergency(r.admission_method)
        AND r.admission_date >= s.discharge_date
        AND days_between(s.discharge_date, r.admission_date) <= 30
    WHERE COALESCE(s.discharge_destination, '') <> '79'
      AND COALESCE(s.admission_method, '') NOT IN ('31', '32', 'MATERNITY')
    GROUP BY s.spell_id, s.person_id, s.admission_date, pr.period
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
SELECT 'emergency_readmissions_30_days' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
