package org.joinedup.bench.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.run.RunWindow;

/**
 * Three metrics written by hand in DuckDB's own SQL over the cleaned Parquet files, as an analyst would
 * write them for the totals by GP practice: no portable subset, no shared fragments, no breakdowns, and
 * the cleaned input's guarantees taken for granted (unique spell ids, typed columns, every person in
 * {@code persons}, {@code admission_group} derived). Each counts by the same rules as the pipeline's
 * definition of the metric (docs/pipeline-metrics.md), so its rows must equal the pipeline's total rows
 * for practices; {@link PracticeTotals} checks that.
 */
final class HandWrittenSql {
    /** A metric's hand-written query and the pipeline definition it stands beside. */
    record Query(String metricId, String title, Frequency frequency, String sql) {}

    private HandWrittenSql() {}

    static List<Query> queries(RunWindow window) {
        return List.of(
                new Query(
                        "emergency_admissions_per_100k",
                        "emergency admissions by practice and month",
                        Frequency.MONTHLY,
                        EMERGENCY_ADMISSIONS.replace("@periods", periods(window, Frequency.MONTHLY))),
                new Query(
                        "emergency_readmissions_30_days",
                        "30-day emergency readmissions by practice and year",
                        Frequency.ANNUAL,
                        READMISSIONS.replace("@periods", periods(window, Frequency.ANNUAL))),
                new Query(
                        "reablement_91_days",
                        "91 days at home after reablement by practice and year",
                        Frequency.ANNUAL,
                        REABLEMENT.replace("@periods", periods(window, Frequency.ANNUAL))));
    }

    /** Opens a DuckDB database with the settings and views over the cleaned tables. */
    static Connection open(Path cleaned, EngineSettings settings) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            s.execute("SET memory_limit = '" + settings.memoryLimit() + "'");
            s.execute("SET threads = " + settings.threads());
            for (String table : List.of("persons", "person_registration", "hospital_spells", "social_care_events")) {
                s.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('"
                        + cleaned.resolve(table + ".parquet").toAbsolutePath() + "')");
            }
        }
        return db;
    }

    /** Runs a query: its rows by practice and period, {numerator, denominator}. */
    static Map<String, double[]> run(Connection db, Query query) throws SQLException {
        Map<String, double[]> rows = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(query.sql())) {
            while (r.next()) {
                rows.put(
                        PracticeTotals.key(r.getString(1), r.getString(2)),
                        new double[] {r.getDouble(3), r.getDouble(4)});
            }
        }
        return rows;
    }

    private static String periods(RunWindow window, Frequency frequency) {
        return window.periods(frequency).stream()
                .map(HandWrittenSql::row)
                .collect(Collectors.joining(", ", "(VALUES ", ") AS periods(period, start_date, end_date)"));
    }

    private static String row(Period p) {
        return "('" + p.label() + "', DATE '" + p.start() + "', DATE '" + p.end() + "')";
    }

    /** The practice of registration covering a date: the smallest code when records overlap. */
    private static final String AGE =
            "(year(%1$s) - p.year_of_birth - CASE WHEN month(%1$s) < p.month_of_birth" + " THEN 1 ELSE 0 END)";

    static final String EMERGENCY_ADMISSIONS =
            """
            WITH periods AS (SELECT * FROM @periods),
            admissions AS (
                SELECT s.spell_id, pr.period, min(r.gp_practice_code) AS practice
                FROM hospital_spells s
                JOIN periods pr ON s.admission_date BETWEEN pr.start_date AND pr.end_date
                JOIN persons p ON p.person_id = s.person_id
                JOIN person_registration r ON r.person_id = s.person_id
                    AND r.from_date <= s.admission_date AND (r.to_date IS NULL OR r.to_date >= s.admission_date)
                WHERE s.admission_group = 'emergency' AND %s >= 0
                GROUP BY s.spell_id, pr.period
            ),
            registered AS (
                SELECT p.person_id, pr.period, min(r.gp_practice_code) AS practice
                FROM person_registration r
                JOIN periods pr ON r.from_date <= pr.start_date AND (r.to_date IS NULL OR r.to_date >= pr.start_date)
                JOIN persons p ON p.person_id = r.person_id
                WHERE p.year_of_birth <= year(pr.start_date)
                  AND (p.date_of_death IS NULL OR p.date_of_death >= pr.start_date)
                  AND %s >= 0
                GROUP BY p.person_id, pr.period
            ),
            numerator AS (SELECT practice, period, count(*) AS n FROM admissions GROUP BY ALL),
            denominator AS (SELECT practice, period, count(*) AS n FROM registered GROUP BY ALL)
            SELECT d.practice, d.period, coalesce(n.n, 0), d.n
            FROM denominator d LEFT JOIN numerator n USING (practice, period)
            """.formatted(AGE.formatted("s.admission_date"), AGE.formatted("pr.start_date"));

    static final String READMISSIONS = """
            WITH periods AS (SELECT * FROM @periods),
            cohort AS (
                SELECT s.spell_id, s.person_id, s.admission_date, s.discharge_date, pr.period
                FROM hospital_spells s
                JOIN periods pr ON s.discharge_date BETWEEN pr.start_date AND pr.end_date
                WHERE coalesce(s.discharge_destination, '') <> '79' AND s.admission_group <> 'maternity'
            ),
            readmitted AS (
                SELECT DISTINCT c.spell_id
                FROM cohort c
                JOIN hospital_spells r ON r.person_id = c.person_id AND r.spell_id <> c.spell_id
                    AND r.admission_group = 'emergency'
                    AND r.admission_date BETWEEN c.discharge_date AND c.discharge_date + 30
            ),
            placed AS (
                SELECT c.spell_id, c.period, min(r.gp_practice_code) AS practice
                FROM cohort c
                JOIN persons p ON p.person_id = c.person_id
                JOIN person_registration r ON r.person_id = c.person_id
                    AND r.from_date <= c.admission_date AND (r.to_date IS NULL OR r.to_date >= c.admission_date)
                WHERE %s >= 0
                GROUP BY c.spell_id, c.period
            )
            SELECT practice, period, count(x.spell_id), count(*)
            FROM placed pl LEFT JOIN readmitted x USING (spell_id)
            GROUP BY practice, period
            """.formatted(AGE.formatted("c.admission_date"));

    static final String REABLEMENT = """
            WITH periods AS (SELECT * FROM @periods),
            reablement AS (
                SELECT DISTINCT person_id, start_date
                FROM social_care_events
                WHERE event_type = 'short_term_reablement' AND following_hospital_discharge
            ),
            linked AS (
                SELECT r.person_id, r.start_date, max(s.discharge_date) AS discharge_date
                FROM reablement r
                JOIN hospital_spells s ON s.person_id = r.person_id
                    AND s.discharge_date BETWEEN r.start_date - 7 AND r.start_date
                    AND coalesce(s.discharge_destination, '') <> '79'
                GROUP BY ALL
            ),
            discharges AS (
                SELECT DISTINCT l.person_id, l.discharge_date AS day_0, l.discharge_date + 91 AS day_91, pr.period
                FROM linked l
                JOIN periods pr ON l.discharge_date BETWEEN pr.start_date AND pr.end_date
                WHERE month(l.discharge_date) IN (10, 11, 12)
            ),
            placed AS (
                SELECT d.person_id, d.day_0, d.day_91, d.period, min(r.gp_practice_code) AS practice,
                       any_value(p.date_of_death) AS date_of_death
                FROM discharges d
                JOIN persons p ON p.person_id = d.person_id
                JOIN person_registration r ON r.person_id = d.person_id
                    AND r.from_date <= d.day_0 AND (r.to_date IS NULL OR r.to_date >= d.day_0)
                WHERE %s >= 65
                GROUP BY ALL
            )
            SELECT practice, period,
                   count(*) FILTER (WHERE
                       (date_of_death IS NULL OR date_of_death > day_91)
                       AND NOT EXISTS (SELECT 1 FROM hospital_spells s WHERE s.person_id = pl.person_id
                           AND s.admission_date <= pl.day_91 AND (s.discharge_date IS NULL OR s.discharge_date > pl.day_91))
                       AND NOT EXISTS (SELECT 1 FROM social_care_events e WHERE e.person_id = pl.person_id
                           AND e.event_type IN ('long_term_residential', 'long_term_nursing')
                           AND e.start_date <= pl.day_91 AND (e.end_date IS NULL OR e.end_date >= pl.day_91))),
                   count(*)
            FROM placed pl
            GROUP BY practice, period
            """.formatted(AGE.formatted("d.day_0"));
}
