-- Fragment @population: the resident population of the persons data on the first day of each output
-- period: persons born in or before that year and not dead before that day. Needs: persons, periods.
-- Gives: population(person_id, period, ref_date).
population AS (
    SELECT pe.person_id, pr.period, CAST(pr.start_date AS DATE) AS ref_date
    FROM persons pe
    CROSS JOIN periods pr
    WHERE CAST(pe.year_of_birth AS INT) <= YEAR(CAST(pr.start_date AS DATE))
      AND (pe.date_of_death IS NULL OR CAST(pe.date_of_death AS DATE) >= CAST(pr.start_date AS DATE))
)
