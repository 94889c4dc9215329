-- Fragment @expand: every unit counted once in each area it belongs to (local authority of residence,
-- GP practice of registration) for the total and for each breakdown. Needs: units(period, la_code,
-- practice_code, age_group, sex, imd_quintile, frailty, num, den). Gives: keyed(area_code, period,
-- breakdown, num, den), summed: one row per area, period and breakdown; a unit without an area or a
-- breakdown value is left out of that area or breakdown only (it still counts in the others and in the
-- total). The sums are grouping sets over the breakdown values, labelled afterwards, rather than every
-- unit labelled ten times and summed on the labels: the same sums, far less work.
expand_units AS (
    SELECT la_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE la_code IS NOT NULL AND la_code <> ''
    UNION ALL
    SELECT practice_code AS area_code, period, age_group, sex, imd_quintile, frailty, num, den
    FROM units
    WHERE practice_code IS NOT NULL AND practice_code <> ''
),
expand_sums AS (
    SELECT area_code, period, age_group, sex, imd_quintile, frailty,
           GROUPING(age_group) AS by_age, GROUPING(sex) AS by_sex, GROUPING(imd_quintile) AS by_imd,
           GROUPING(frailty) AS by_frailty, SUM(num) AS num, SUM(den) AS den
    FROM expand_units
    GROUP BY GROUPING SETS ((area_code, period), (area_code, period, age_group), (area_code, period, sex),
                            (area_code, period, imd_quintile), (area_code, period, frailty))
),
expand_labelled AS (
    SELECT area_code, period,
           CASE
               WHEN by_age = 0 THEN 'age=' || age_group
               WHEN by_sex = 0 THEN 'sex=' || sex
               WHEN by_imd = 0 THEN 'imd_quintile=' || CAST(imd_quintile AS STRING)
               WHEN by_frailty = 0 THEN 'frailty=' || frailty
               ELSE ''
           END AS breakdown,
           num, den
    FROM expand_sums
),
keyed AS (
    SELECT area_code, period, breakdown, num, den FROM expand_labelled WHERE breakdown IS NOT NULL
)
