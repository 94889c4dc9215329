-- Fragment @expand_by_age: as @expand, for a directly standardised rate: every row is for one age band
-- (age_group), alone or with one other breakdown (age=65-69, age=65-69;sex=F, ...), and there is no
-- total row: core standardises the bands into the total. Needs units(...) as @expand. Gives keyed(...).
-- The sums are grouping sets labelled afterwards, as in @expand.
expand_units AS (
    SELECT la_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE la_code IS NOT NULL AND la_code <> '' AND age_group IS NOT NULL
    UNION ALL
    SELECT practice_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE practice_code IS NOT NULL AND practice_code <> '' AND age_group IS NOT NULL
),
expand_sums AS (
    SELECT area_code, period, age_group, sex, imd_quintile, frailty,
           GROUPING(sex) AS by_sex, GROUPING(imd_quintile) AS by_imd, GROUPING(frailty) AS by_frailty,
           SUM(num) AS num, SUM(den) AS den
    FROM expand_units
    GROUP BY GROUPING SETS ((area_code, period, age_group), (area_code, period, age_group, sex),
                            (area_code, period, age_group, imd_quintile), (area_code, period, age_group, frailty))
),
expand_labelled AS (
    SELECT area_code, period,
           'age=' || age_group || CASE
               WHEN by_sex = 0 THEN ';sex=' || sex
               WHEN by_imd = 0 THEN ';imd_quintile=' || CAST(imd_quintile AS STRING)
               WHEN by_frailty = 0 THEN ';frailty=' || frailty
               ELSE ''
           END AS breakdown,
           num, den
    FROM expand_sums
),
keyed AS (
    SELECT area_code, period, breakdown, num, den FROM expand_labelled WHERE breakdown IS NOT NULL
)
