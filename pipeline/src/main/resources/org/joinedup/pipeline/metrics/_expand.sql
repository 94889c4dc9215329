-- Fragment @expand: every unit counted once in each area it belongs to (local authority of residence,
-- GP practice of registration) for the total and for each breakdown. Needs: units(period, la_code,
-- practice_code, age_group, sex, imd_quintile, frailty, num, den). Gives: keyed(area_code, period,
-- breakdown, num, den); a unit without an area or a breakdown value is left out of that area or
-- breakdown only (it still counts in the others and in the total).
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
    FROM units u
    CROSS JOIN expand_areas a
    CROSS JOIN expand_keys k
),
keyed AS (
    SELECT area_code, period, breakdown, num, den
    FROM expanded
    WHERE area_code IS NOT NULL AND area_code <> '' AND breakdown IS NOT NULL
)
