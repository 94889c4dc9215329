package org.joinedup.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The portable subset of SQL a metric definition is written in, so DuckDB and Spark SQL run the same
 * text. Allowed: one {@code SELECT}, {@code WITH} (CTEs rather than correlated subqueries), inner,
 * left and cross joins, {@code GROUP BY}, {@code COUNT}, {@code SUM}, {@code MIN}, {@code MAX},
 * {@code COALESCE}, {@code CASE}, {@code IN} lists, {@code CAST(x AS DATE|INT|BIGINT|DOUBLE|STRING)},
 * {@code SUBSTR}, {@code LPAD}, {@code ||}, {@code YEAR}, {@code MONTH}, comparisons of dates,
 * single-quoted strings and lower case unquoted names. Differences of dates in days have no portable
 * form yet ({@code DATEDIFF} takes its arguments in a different order in each dialect, and
 * {@code date - date} is a number in DuckDB but an interval in Spark).
 *
 * <p>This is a cheap guard, not a parser: it catches the dialect-specific forms that are easy to write
 * by habit ({@link #RULES}) after removing comments and string literals. A definition that passes may
 * still fail on one engine; the cross-engine test is the real check.
 */
public final class PortableSql {

    /** One dialect-specific form, with what to write instead. */
    public record Rule(String name, Pattern pattern, String instead) {}

    public static final List<Rule> RULES = List.of(
            rule("double-colon cast", "::", "CAST(x AS type)"),
            rule(
                    "double-quoted name",
                    "\"",
                    "a lower case unquoted name (Spark reads \"x\" as a string, DuckDB as a name)"),
            rule("backtick-quoted name", "`", "a lower case unquoted name (DuckDB has no backticks)"),
            rule("integer division //", "//", "CAST(FLOOR(a / b) AS BIGINT)"),
            word("strftime", "SUBSTR(CAST(d AS STRING), 1, 7) for a month label"),
            word("strptime", "CAST(x AS DATE) on an ISO date"),
            word("date_format", "SUBSTR(CAST(d AS STRING), 1, 7) for a month label"),
            word("qualify", "a CTE with ROW_NUMBER() and a WHERE"),
            word("exclude", "the columns listed"),
            word("datediff", "nothing yet: day differences are not portable (docs/pipeline.md)"),
            word("date_diff", "nothing yet: day differences are not portable (docs/pipeline.md)"),
            word("read_csv", "a registered input table"),
            word("read_csv_auto", "a registered input table"),
            word("read_parquet", "a registered input table"),
            rule("more than one statement", ";", "one query per definition"));

    private PortableSql() {}

    private static Rule rule(String name, String text, String instead) {
        return new Rule(name, Pattern.compile(Pattern.quote(text)), instead);
    }

    private static Rule word(String word, String instead) {
        return new Rule(
                word.toUpperCase(Locale.ROOT),
                Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE),
                instead);
    }

    /** What in the query is outside the portable subset, one message per rule broken; empty if nothing. */
    public static List<String> problems(String sql) {
        String code = code(sql);
        List<String> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(code).find()) {
                problems.add(rule.name() + " (write " + rule.instead() + ")");
            }
        }
        return problems;
    }

    /** The query with comments removed and each string literal replaced by {@code ''}. */
    static String code(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '\'') {
                i++;
                while (i < n) {
                    if (sql.charAt(i) == '\'') {
                        if (i + 1 < n && sql.charAt(i + 1) == '\'') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
                i++;
                out.append("''");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
