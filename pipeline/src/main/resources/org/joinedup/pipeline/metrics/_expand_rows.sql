-- Fragment @expand_rows: the expansion of @expand over unit_rows(period, la_code, practice_code,
-- age_group, sex, imd_quintile, frailty, num, den), one row per unit or per group of units. Gives
-- keyed(area_code, period, breakdown, num, den). @expand sums each breakdown instead; a definition that needs
-- each unit's own row (a percentile) names its units unit_rows and uses this fragment.
expand_areas AS (
    SELECT 'la' AS kind
    UNION ALL SELECT 'practice' AS kind
),
expand_keys AS (
    SELECT 'total' AS k
    UNION ALL SELECT 'age' AS k
    UNION ALL SELECT 'sex' AS k
    UNION ALL SELECT 'imd_quintile' AS k
    UNION ALL SELECT 'frailty' AS k
),
expanded AS (
    SELECT
        CASE a.kind WHEN 'la' THEN u.la_code ELSE u.practice_code END AS area_code,
        u.period,
        CASE k.k
            WHEN 'total' THEN ''
            WHEN 'age' THEN 'age=' || u.age_group
            WHEN 'sex' THEN 'sex=' || u.sex
            WHEN 'imd_quintile' THEN 'imd_quintile=' || CAST(u.imd_quintile AS STRING)
            ELSE 'frailty=' || u.frailty
        END AS breakdown,
        u.num,
        u.den
    FROM unit_rows u
    CROSS JOIN expand_areas a
    CROSS JOIN expand_keys k
),
keyed AS (
    SELECT area_code, period, breakdown, num, den
    FROM expanded
    WHERE area_code IS NOT NULL AND area_code <> '' AND breakdown IS NOT NULL
)
