-- reablement_91_days: people aged 65+ still at home 91 days after discharge from hospital into
-- reablement (%)
-- version: 1
--
-- cohort:      short_term_reablement social care events flagged following_hospital_discharge (is_yes)
--              that start 0 to 7 days after a hospital discharge of the person (the latest such
--              discharge; destination not 79) falling on 1 October to 31 December inside the period, of
--              persons aged 65+ on the discharge date; one row per discharge
-- numerator:   the cohort's persons at home on the discharge date + 91 days: alive (no date of death on
--              or before it), not in hospital (no spell admitted on or before it and discharged after it
--              or not yet discharged) and not in long-term residential or nursing care (no such event
--              started on or before it and not ended before it)
-- denominator: the cohort
-- period:      the financial year (the catalogue's frequency is annual; in other periods only their
--              October to December discharges count)
-- UNVERIFIED:  the 7-day link between discharge and reablement start and the reading of the flag; the
--              SALT STS004 cohort is reported by councils, not derived from linked data
-- area:        local authority of residence and GP practice of registration on the discharge date
-- breakdowns:  age (age_group), sex, imd_quintile, frailty (@context)
WITH
@spells,
reablement AS (
    SELECT DISTINCT person_id, CAST(start_date AS DATE) AS start_date
    FROM social_care_events
    WHERE LOWER(TRIM(event_type)) = 'short_term_reablement'
      AND is_yes(following_hospital_discharge)
),
linked AS (
    SELECT r.person_id, r.start_date, MAX(s.discharge_date) AS discharge_date
    FROM reablement r
    JOIN spells s ON s.person_id = r.person_id
        AND s.discharge_date <= r.start_date
        AND days_between(s.discharge_date, r.start_date) <= 7
        AND COALESCE(s.discharge_destination, '') <> '79'
    GROUP BY r.person_id, r.start_date
),
discharges AS (
    SELECT DISTINCT l.person_id, l.discharge_date AS event_date, add_days(l.discharge_date, 91) AS day_91, pr.period
    FROM linked l
    JOIN periods pr ON l.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE MONTH(l.discharge_date) IN (10, 11, 12)
),
away AS (
    SELECT DISTINCT d.person_id, d.event_date
    FROM discharges d
    JOIN spells s ON s.person_id = d.person_id
    WHERE s.admission_date <= d.day_91 AND (s.discharge_date IS NULL OR s.discharge_date > d.day_91)
    UNION
    SELECT DISTINCT d.person_id, d.event_date
    FROM discharges d
    JOIN social_care_events e ON e.person_id = d.person_id
    WHERE LOWER(TRIM(e.event_type)) IN ('long_term_residential', 'long_term_nursing')
      AND CAST(e.start_date AS DATE) <= d.day_91
      AND (e.end_date IS NULL OR CAST(e.end_date AS DATE) >= d.day_91)
    UNION
    SELECT DISTINCT d.person_id, d.event_date
    FROM discharges d
    JOIN persons pe ON pe.person_id = d.person_id
    WHERE pe.date_of_death IS NOT NULL AND CAST(pe.date_of_death AS DATE) <= d.day_91
),
cohort AS (
    SELECT d.person_id, d.event_date, d.period,
           CASE WHEN a.person_id IS NULL THEN 1 ELSE 0 END AS num, 1 AS den
    FROM discharges d
    LEFT JOIN away a ON a.person_id = d.person_id AND a.event_date = d.event_date
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
SELECT 'reablement_91_days' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
