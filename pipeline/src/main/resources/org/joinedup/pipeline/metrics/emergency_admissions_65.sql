-- emergency_admissions_65: emergency admissions of people aged 65+ per 100,000 residents aged 65+
-- version: 1
--
-- numerator:   hospital spells with an emergency admission method (is_emergency) of persons aged 65+
--              on the admission date, counted in the period the spell started
-- denominator: the resident population of the persons data on the first day of the period aged 65+ on that day
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
    SELECT s.person_id, s.admission_date AS event_date, pr.period, 1 AS amount
    FROM spells s
    JOIN periods pr ON s.admission_date BETWEEN CAST(pr.start_date AS DATE) AND CAST(pr.end_date AS DATE)
    WHERE is_emergency(s.admission_method)
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
    SELECT e.period, c.la_code, c.practice_code, age_group(c.age) AS age_group, c.sex, c.imd_quintile, s.frailty,
           e.amount AS num, 0 AS den
    FROM events e
    JOIN context c ON c.person_id = e.person_id AND c.ref_date = e.event_date
    LEFT JOIN population p0 ON p0.person_id = e.person_id AND p0.period = e.period
    LEFT JOIN context s ON s.person_id = p0.person_id AND s.ref_date = p0.ref_date
    WHERE c.age >= 65
    UNION ALL
    SELECT p.period, c.la_code, c.practice_code, age_group(c.age) AS age_group, c.sex, c.imd_quintile, c.frailty,
           0 AS num, 1 AS den
    FROM population p
    JOIN context c ON c.person_id = p.person_id AND c.ref_date = p.ref_date
    WHERE c.age >= 65
),
@expand
SELECT 'emergency_admissions_65' AS metric, area_code, period, breakdown, SUM(num) AS numerator, SUM(den) AS denominator
FROM keyed
GROUP BY area_code, period, breakdown
HAVING SUM(den) > 0
