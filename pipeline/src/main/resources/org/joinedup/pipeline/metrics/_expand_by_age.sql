-- Fragment @expand_by_age: as @expand, for a directly standardised rate: every row is for one age band
-- (age_group), alone or with one other breakdown (age=65-69, age=65-69;sex=F, ...), and there is no
-- total row: core standardises the bands into the total. Needs units(...) as @expand. Gives keyed(...).
-- Each combination is summed on its own short key and labelled afterwards, as in @expand.
expand_units AS (
    SELECT la_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE la_code IS NOT NULL AND la_code <> '' AND age_group IS NOT NULL
    UNION ALL
    SELECT practice_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE practice_code IS NOT NULL AND practice_code <> '' AND age_group IS NOT NULL
),
keyed AS (
    SELECT area_code, period, 'age=' || age_group AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units
    GROUP BY area_code, period, age_group
    UNION ALL
    SELECT area_code, period, 'age=' || age_group || ';sex=' || sex AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE sex IS NOT NULL
    GROUP BY area_code, period, age_group, sex
    UNION ALL
    SELECT area_code, period, 'age=' || age_group || ';imd_quintile=' || CAST(imd_quintile AS STRING) AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE imd_quintile IS NOT NULL
    GROUP BY area_code, period, age_group, imd_quintile
    UNION ALL
    SELECT area_code, period, 'age=' || age_group || ';frailty=' || frailty AS breakdown, SUM(num) AS num, SUM(den) AS den
    FROM expand_units WHERE frailty IS NOT NULL
    GROUP BY area_code, period, age_group, frailty
)
