package org.joinedup.pipeline.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named helpers a metric definition may use where the two dialects have no common syntax, and the
 * shared CTE fragments, expanded into plain portable SQL before an engine sees the text. Each helper is
 * defined once, here, as portable SQL (checked on DuckDB and Spark by the cross-engine tests), so no
 * engine has to register anything: the same expanded text runs embedded, under {@code spark-submit}
 * or on any later engine.
 *
 * <ul>
 *   <li>{@code days_between(a, b)}: whole days from date a to date b ({@code b - a}; negative when b is
 *       earlier), an INT
 *   <li>{@code add_days(d, n)}: the date n days after d (n may be negative)
 *   <li>{@code iso_weekday(d)}: 1 for Monday to 7 for Sunday
 *   <li>{@code age_at(year_of_birth, month_of_birth, d)}: age in whole years on date d, the birthday
 *       taken as the first of the birth month (January when the month is unknown)
 *   <li>{@code age_group(age)}: the broad breakdown band {@code 0-17}, {@code 18-64}, {@code 65-74},
 *       {@code 75-84}, {@code 85+}
 *   <li>{@code esp_band(age)}: the European Standard Population 2013 five-year band ({@code 65-69} ...
 *       {@code 90+}) as core's standard population names them
 *   <li>{@code imd_quintile(decile)}: IMD decile 1-10 to quintile 1-5 (1 most deprived)
 *   <li>{@code frailty_group(score)}: Hospital Frailty Risk Score to {@code low} (below 5),
 *       {@code intermediate} (5 to 15) or {@code high} (above 15)
 *   <li>{@code is_emergency(method)}: the admission method is an emergency one (21-25, 28, 2A-2D, or the
 *       word emergency, as docs/pipeline-input.md allows)
 *   <li>{@code diagnosis_list(primary, secondary)}: {@code ;code;code;...;} with spaces and dots removed,
 *       for {@code LIKE '%;S72%'} tests on any diagnosis position
 *   <li>{@code is_yes(flag)}: a yes/no flag written Y, YES, TRUE, T or 1 (any case)
 * </ul>
 *
 * <p>A fragment is written {@code @name} where a list of CTEs may stand and is replaced by the text of
 * {@code _name.sql} next to the definitions (see docs/pipeline-metrics.md for what each needs and
 * gives). Calls are found outside comments and string literals; arguments are expanded first and put in
 * parentheses.
 */
public final class SqlTemplates {
    private static final String RESOURCES = "/org/joinedup/pipeline/metrics/";
    private static final Pattern FRAGMENT = Pattern.compile("@([a-z][a-z0-9_]*)");
    private static final Pattern CALL = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*\\(", Pattern.CASE_INSENSITIVE);

    /** Helper name to its portable body, {@code {0}}, {@code {1}} ... standing for the arguments. */
    public static final Map<String, String> FUNCTIONS = functions();

    private SqlTemplates() {}

    private static Map<String, String> functions() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("days_between", "CAST(CAST({1} AS DATE) - CAST({0} AS DATE) AS INT)");
        f.put("add_days", "(CAST({0} AS DATE) + CAST({1} AS INT))");
        f.put("iso_weekday", "(((days_between(CAST('2000-01-03' AS DATE), {0}) % 7) + 7) % 7 + 1)");
        f.put(
                "age_at",
                "(YEAR(CAST({2} AS DATE)) - CAST({0} AS INT)"
                        + " - CASE WHEN MONTH(CAST({2} AS DATE)) < CAST({1} AS INT) THEN 1 ELSE 0 END)");
        f.put(
                "age_group",
                "CASE WHEN {0} IS NULL OR {0} < 0 THEN NULL WHEN {0} < 18 THEN '0-17' WHEN {0} < 65 THEN '18-64'"
                        + " WHEN {0} < 75 THEN '65-74' WHEN {0} < 85 THEN '75-84' ELSE '85+' END");
        f.put(
                "esp_band",
                "CASE WHEN {0} IS NULL OR {0} < 0 THEN NULL WHEN {0} >= 90 THEN '90+'"
                        + " ELSE CAST(CAST(FLOOR({0} / 5) * 5 AS BIGINT) AS STRING) || '-'"
                        + " || CAST(CAST(FLOOR({0} / 5) * 5 + 4 AS BIGINT) AS STRING) END");
        f.put("imd_quintile", "CAST(FLOOR((CAST({0} AS INT) + 1) / 2) AS INT)");
        f.put(
                "frailty_group",
                "CASE WHEN {0} IS NULL THEN NULL WHEN {0} > 15 THEN 'high' WHEN {0} >= 5 THEN 'intermediate'"
                        + " ELSE 'low' END");
        f.put(
                "is_emergency",
                "(UPPER(CAST({0} AS STRING)) IN ('21', '22', '23', '24', '25', '28', '2A', '2B', '2C', '2D',"
                        + " 'EMERGENCY'))");
        f.put(
                "diagnosis_list",
                "(';' || REPLACE(REPLACE(UPPER(COALESCE(CAST({0} AS STRING), '') || ';'"
                        + " || COALESCE(CAST({1} AS STRING), '')), ' ', ''), '.', '') || ';')");
        f.put("is_yes", "(UPPER(TRIM(CAST({0} AS STRING))) IN ('Y', 'YES', 'TRUE', 'T', '1'))");
        return Map.copyOf(f);
    }

    /** Expands fragments (from the built-in resources) and helper calls. */
    public static String expand(String sql) {
        return expand(sql, SqlTemplates::builtInFragment);
    }

    /**
     * Expands fragments, read by name with {@code fragments}, and helper calls.
     *
     * @throws IllegalArgumentException for an unknown fragment, a call with the wrong number of arguments
     *     or unbalanced parentheses
     */
    public static String expand(String sql, Function<String, String> fragments) {
        String text = sql;
        for (int depth = 0; ; depth++) {
            Matcher m = FRAGMENT.matcher(withoutCommentsAndStrings(text));
            if (!m.find()) {
                break;
            }
            if (depth > 20) {
                throw new IllegalArgumentException("fragments include each other in a loop");
            }
            StringBuilder out = new StringBuilder();
            int last = 0;
            m.reset();
            while (m.find()) {
                out.append(text, last, m.start())
                        .append(fragments.apply(m.group(1)).strip());
                last = m.end();
            }
            text = out.append(text.substring(last)).toString();
        }
        return calls(text, 0);
    }

    private static String calls(String text, int depth) {
        if (depth > 50) {
            throw new IllegalArgumentException("helpers call each other too deeply");
        }
        String masked = withoutCommentsAndStrings(text);
        Matcher m = CALL.matcher(masked);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String body = FUNCTIONS.get(name);
            if (body == null || (m.start() > 0 && masked.charAt(m.start() - 1) == '.')) {
                continue;
            }
            int open = m.end() - 1;
            int close = closing(masked, open);
            List<String> args = arguments(text, masked, open, close);
            int wanted = parameters(body);
            if (args.size() != wanted) {
                throw new IllegalArgumentException(
                        name + " takes " + wanted + " argument" + (wanted == 1 ? "" : "s") + ", not " + args.size());
            }
            String expanded = body;
            for (int i = 0; i < args.size(); i++) {
                expanded =
                        expanded.replace("{" + i + "}", "(" + calls(args.get(i).strip(), depth + 1) + ")");
            }
            String replaced = text.substring(0, m.start()) + calls(expanded, depth + 1) + text.substring(close + 1);
            return calls(replaced, depth + 1);
        }
        return text;
    }

    private static int parameters(String body) {
        int n = 0;
        while (body.contains("{" + n + "}")) {
            n++;
        }
        return n;
    }

    private static int closing(String masked, int open) {
        int level = 0;
        for (int i = open; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '(') {
                level++;
            } else if (c == ')' && --level == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses after: "
                + masked.substring(Math.max(0, open - 30), Math.min(masked.length(), open + 30)));
    }

    private static List<String> arguments(String text, String masked, int open, int close) {
        List<String> args = new ArrayList<>();
        int level = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = masked.charAt(i);
            if (c == '(') {
                level++;
            } else if (c == ')') {
                level--;
            } else if (c == ',' && level == 0) {
                args.add(text.substring(start, i));
                start = i + 1;
            }
        }
        String lastArg = text.substring(start, close);
        if (!lastArg.isBlank() || !args.isEmpty()) {
            args.add(lastArg);
        }
        return args;
    }

    /** The text with comments and string literals blanked out character for character (same length). */
    static String withoutCommentsAndStrings(String sql) {
        char[] out = sql.toCharArray();
        int i = 0;
        int n = out.length;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                while (i < end) {
                    out[i++] = ' ';
                }
            } else if (c == '\'') {
                i++;
                while (i < n) {
                    if (sql.charAt(i) == '\'') {
                        if (i + 1 < n && sql.charAt(i + 1) == '\'') {
                            out[i++] = ' ';
                            out[i++] = ' ';
                            continue;
                        }
                        break;
                    }
                    out[i++] = ' ';
                }
                i++;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** A shared fragment shipped with the definitions, {@code _<name>.sql}. */
    public static String builtInFragment(String name) {
        String resource = RESOURCES + "_" + name + ".sql";
        try (InputStream in = SqlTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fragment @" + name + " (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
