-- Fragment @expand: every unit counted once in each area it belongs to (local authority of residence,
-- GP practice of registration) for the total and for each breakdown. Needs: units(period, la_code,
-- practice_code, age_group, sex, imd_quintile, frailty, num, den). Gives: keyed(area_code, period,
-- breakdown, num, den), summed: one row per area, period and breakdown; a unit without an area or a
-- breakdown value is left out of that area or breakdown only (it still counts in the others and in the
-- total). Each breakdown is summed on its own short key and labelled afterwards, rather than labelling
-- every unit ten times and summing on the labels: the same sums, far less work.
expand_units AS (
    SELECT la_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE la_code IS NOT NULL AND la_code <> ''
    UNION ALL
    SELECT practice_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE practice_code IS NOT NULL AND practice_code <> ''
),
keyed AS (
    SELECT area_code, period, '' AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units
    GROUP BY area_code, period
    UNION ALL
    SELECT area_code, period, 'age=' || age_group AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE age_group IS NOT NULL
    GROUP BY area_code, period, age_group
    UNION ALL
    SELECT area_code, period, 'sex=' || sex AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE sex IS NOT NULL
    GROUP BY area_code, period, sex
    UNION ALL
    SELECT area_code, period, 'imd_quintile=' || CAST(imd_quintile AS STRING) AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE imd_quintile IS NOT NULL
    GROUP BY area_code, period, imd_quintile
    UNION ALL
    SELECT area_code, period, 'frailty=' || frailty AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE frailty IS NOT NULL
    GROUP BY area_code, period, frailty
)
