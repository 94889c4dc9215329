-- Fragment @expand_by_age: as @expand, for a directly standardised rate: every row is for one age band
-- (age_group), alone or with one other breakdown (age=65-69, age=65-69;sex=F, ...), and there is no
-- total row: core standardises the bands into the total. Needs units(...) as @expand. Gives keyed(...).
expand_areas AS (
    SELECT 'la' AS kind
    UNION ALL SELECT 'practice' AS kind
),
expand_keys AS (
    SELECT 'age' AS k
    UNION ALL SELECT 'sex' AS k
    UNION ALL SELECT 'imd_quintile' AS k
    UNION ALL SELECT 'frailty' AS k
),
expanded AS (
    SELECT
        CASE a.kind WHEN 'la' THEN u.la_code ELSE u.practice_code END AS area_code,
        u.period,
        'age=' || u.age_group || CASE k.k
            WHEN 'age' THEN ''
            WHEN 'sex' THEN ';sex=' || u.sex
            WHEN 'imd_quintile' THEN ';imd_quintile=' || CAST(u.imd_quintile AS STRING)
            ELSE ';frailty=' || u.frailty
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
