-- emergency_bed_days_per_1000: bed days of emergency admission spells per 1,000 resident population
-- version: 1
--
-- numerator:   bed days (days_between admission and discharge; 0 for a same-day spell) of spells with
--              an emergency admission method, counted whole in the period of discharge; spells not yet
--              discharged are left out. UNVERIFIED: the Vanguard counting rules (days within the period,
--              weighting of the population) are not in the reference material
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
    SELECT s.person_id, s.admission_date AS event_date, pr.period,
           days_between(s.admission_date, s.discharge_date) AS amount
    FROM spells s
    JOIN periods pr ON s.discharge_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE is_emergency(s.admission_method) AND s.discharge_date >= s.admission_date
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
SELECT 'emergency_bed_days_per_1000' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
