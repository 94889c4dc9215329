package org.joinedup.pipeline.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of one row on its own (docs/pipeline-input.md, "Validation"), as SQL over a raw table of
 * text ({@code _row} and each input column, stripped, empty for a missing value): each check is a
 * condition that selects the rows with the problem and the reason to report, so a whole file is checked
 * by a few scans instead of row by row. {@link #typed} gives the typed, normalised values of the rows
 * without problems, derived columns included.
 *
 * <p>The reasons are word for word those the checks have always given; the conditions that depend on an
 * earlier check (a range only for a whole number, an order only for two good dates) are written in.
 */
final class RowChecks {
    /** One problem a row may have: the field, the condition selecting such rows, the reason as SQL. */
    record Check(String field, String condition, String reason) {}

    /** The SQL macros the checks use; created once in the staging database. */
    static List<String> macros(LocalDate today) {
        String ws = "' \t\n\u000B\f\r'"; // what Java's strip() removes in ASCII
        return List.of(
                "CREATE MACRO ju_strip(v) AS trim(v, " + ws + ")",
                "CREATE MACRO ju_date(v) AS CASE WHEN regexp_full_match(v, '[0-9]{4}-[0-9]{2}-[0-9]{2}')"
                        + " THEN TRY_CAST(v AS DATE) END",
                "CREATE MACRO ju_in_range(d) AS d BETWEEN DATE '" + InputValidator.EARLIEST + "' AND DATE '" + today
                        + "'",
                "CREATE MACRO ju_day(v) AS CASE WHEN ju_in_range(ju_date(v)) THEN ju_date(v) END",
                "CREATE MACRO ju_ts(v) AS CASE WHEN regexp_full_match(v,"
                        + " '[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?')"
                        + " AND TRY_CAST(substr(v, 12, 2) AS INTEGER) <= 23 AND TRY_CAST(substr(v, 15, 2) AS INTEGER) <= 59"
                        + " AND (length(v) < 19 OR TRY_CAST(substr(v, 18, 2) AS INTEGER) <= 59)"
                        + " THEN TRY_CAST(substr(v, 1, 10) AS DATE) + make_time(TRY_CAST(substr(v, 12, 2) AS BIGINT),"
                        + " TRY_CAST(substr(v, 15, 2) AS BIGINT), CASE WHEN length(v) >= 19"
                        + " THEN TRY_CAST(substr(v, 18, 2) AS DOUBLE) ELSE 0 END) END",
                "CREATE MACRO ju_time(v) AS CASE WHEN ju_in_range(CAST(ju_ts(v) AS DATE)) THEN ju_ts(v) END",
                "CREATE MACRO ju_icd(v) AS CASE WHEN regexp_full_match(upper(v),"
                        + " '[A-Z][0-9]{2}([A-Z0-9-]{0,3}|[.][A-Z0-9-]{1,3})') THEN replace(upper(v), '.', '') END",
                "CREATE MACRO ju_parts(v) AS list_filter(list_transform(string_split(v, ';'), lambda x:"
                        + " ju_strip(x)), lambda x: x <> '')");
    }

    private final CanonicalTable table;
    private final ReferenceCodes codes;
    private final LocalDate today;
    private final List<Check> checks = new ArrayList<>();

    RowChecks(CanonicalTable table, ReferenceCodes codes, LocalDate today) {
        this.table = table;
        this.codes = codes;
        this.today = today;
        switch (table) {
            case PERSONS -> persons();
            case PERSON_RESIDENCE -> history("lsoa_code");
            case PERSON_REGISTRATION -> history("gp_practice_code");
            case HOSPITAL_SPELLS -> spells();
            case AE_ATTENDANCES -> attendances();
            case SOCIAL_CARE_EVENTS -> socialCare();
        }
    }

    List<Check> checks() {
        return checks.stream()
                .map(c -> new Check(c.field(), parsed(c.condition()), parsed(c.reason())))
                .toList();
    }

    /**
     * The values parsed once per row before the checks run ({@code <column>__d} for a date,
     * {@code <column>__t} for a timestamp, {@code <column>__n} for a whole number of persons,
     * {@code primary_diagnosis__icd}), as select items over the raw
     * table: the checks and typed values read these columns instead of parsing the text again each time.
     */
    List<String> parsedColumns() {
        List<String> out = new ArrayList<>();
        for (CanonicalTable.Column c : table.inputColumns()) {
            switch (c.type()) {
                case DATE -> out.add("ju_date(" + c.name() + ") AS " + c.name() + "__d");
                case TIMESTAMP -> out.add("ju_ts(" + c.name() + ") AS " + c.name() + "__t");
                default -> {}
            }
        }
        if (table == CanonicalTable.HOSPITAL_SPELLS) {
            out.add("ju_icd(primary_diagnosis) AS primary_diagnosis__icd");
        }
        if (table == CanonicalTable.PERSONS) {
            for (String n : List.of("year_of_birth", "month_of_birth")) {
                out.add("CASE WHEN regexp_full_match(" + n + ", '[+-]?[0-9]+') THEN TRY_CAST(" + n
                        + " AS INTEGER) END AS " + n + "__n");
            }
        }
        return out;
    }

    /** The text with calls on a column's text replaced by its parsed column ({@link #parsedColumns}). */
    private String parsed(String sql) {
        String out = sql;
        String range = " BETWEEN DATE '" + InputValidator.EARLIEST + "' AND DATE '" + today + "'";
        for (CanonicalTable.Column c : table.inputColumns()) {
            String n = c.name();
            switch (c.type()) {
                case DATE ->
                    out = out.replace(
                                    "ju_day(" + n + ")", "(CASE WHEN " + n + "__d" + range + " THEN " + n + "__d END)")
                            .replace("ju_date(" + n + ")", n + "__d");
                case TIMESTAMP ->
                    out = out.replace(
                                    "ju_time(" + n + ")",
                                    "(CASE WHEN CAST(" + n + "__t AS DATE)" + range + " THEN " + n + "__t END)")
                            .replace("ju_ts(" + n + ")", n + "__t");
                default -> {}
            }
        }
        return out.replace("ju_icd(primary_diagnosis)", "primary_diagnosis__icd");
    }

    /**
     * Problems that a list column gives once for each bad item (secondary diagnoses), as a SELECT of
     * {@code _row, field, reason} over the raw table, or null.
     */
    String itemProblems(String raw) {
        if (table != CanonicalTable.HOSPITAL_SPELLS) {
            return null;
        }
        return "SELECT _row, 'secondary_diagnoses', '''' || item || ''' is not an ICD-10 code' FROM (SELECT _row,"
                + " unnest(ju_parts(secondary_diagnoses)) AS item FROM " + raw + " WHERE secondary_diagnoses <> '')"
                + " WHERE ju_icd(item) IS NULL";
    }

    /** The typed value of every column, derived ones included, in {@link CanonicalTable#columns} order. */
    List<String> typed() {
        return typedFromText().stream().map(this::parsed).toList();
    }

    private List<String> typedFromText() {
        return switch (table) {
            case PERSONS ->
                List.of(
                        "person_id",
                        "CAST(year_of_birth AS INTEGER)",
                        "CAST(month_of_birth AS INTEGER)",
                        SEX,
                        "ju_date(date_of_death)",
                        "NULLIF(" + ETHNIC + ", '')",
                        "make_date(CAST(year_of_birth AS INTEGER), CAST(month_of_birth AS INTEGER), 1)");
            case PERSON_RESIDENCE -> List.of("person_id", "lsoa_code", "ju_date(from_date)", "ju_date(to_date)");
            case PERSON_REGISTRATION ->
                List.of("person_id", "gp_practice_code", "ju_date(from_date)", "ju_date(to_date)");
            case HOSPITAL_SPELLS ->
                List.of(
                        "spell_id",
                        "person_id",
                        "upper(provider_code)",
                        "ju_date(admission_date)",
                        "CASE WHEN length(admission_method) = 2 THEN upper(admission_method) ELSE " + ADMISSION_GROUP
                                + " END",
                        "ju_date(discharge_date)",
                        "NULLIF(discharge_destination, '')",
                        "ju_icd(primary_diagnosis)",
                        "NULLIF(array_to_string(list_transform(ju_parts(secondary_diagnoses), lambda x: ju_icd(x)),"
                                + " ';'), '')",
                        "NULLIF(main_specialty, '')",
                        "ju_date(discharge_ready_date)",
                        ADMISSION_GROUP,
                        "CASE WHEN ju_date(discharge_date) >= ju_date(admission_date) THEN CAST(ju_date(discharge_date)"
                                + " - ju_date(admission_date) AS INTEGER) END");
            case AE_ATTENDANCES ->
                List.of(
                        "attendance_id",
                        "person_id",
                        "upper(provider_code)",
                        "ju_ts(arrival_time)",
                        "ju_ts(departure_time)",
                        DEPARTMENT_TYPE,
                        "NULLIF(disposal, '')",
                        "CASE WHEN ju_ts(departure_time) >= ju_ts(arrival_time) THEN CAST(floor((epoch(ju_ts(departure_time))"
                                + " - epoch(ju_ts(arrival_time))) / 60) AS INTEGER) END");
            case SOCIAL_CARE_EVENTS ->
                List.of(
                        "event_id",
                        "person_id",
                        "local_authority_code",
                        "lower(event_type)",
                        "ju_date(start_date)",
                        "ju_date(end_date)",
                        BOOL,
                        "NULLIF(lower(funding), '')");
        };
    }

    // -- the tables

    private void persons() {
        id("person_id");
        integer("year_of_birth", InputValidator.EARLIEST.getYear(), today.getYear());
        integer("month_of_birth", 1, 12);
        code("sex", SEX, "M, F, X (other) or U (not known); or 1, 2, 9, 0");
        date("date_of_death", false);
        add(
                "ethnic_group",
                "ethnic_group <> '' AND " + ETHNIC + " IS NULL",
                "'unknown code ''' || ethnic_group || ''': one of white, mixed, asian, black, other or an NHS ethnic"
                        + " category letter'");
        String year = "year_of_birth__n";
        String month = "month_of_birth__n";
        String valid = wholeIn("year_of_birth", InputValidator.EARLIEST.getYear(), today.getYear()) + " AND "
                + wholeIn("month_of_birth", 1, 12);
        String label = "CAST(" + year + " AS VARCHAR) || '-' || lpad(CAST(" + month + " AS VARCHAR), 2, '0')";
        add(
                "month_of_birth",
                valid + " AND make_date(" + year + ", " + month + ", 1) > DATE '" + today + "'",
                "'birth ''' || " + label + " || ''' is in the future'");
        add(
                "date_of_death",
                valid + " AND ju_day(date_of_death) < make_date(" + year + ", " + month + ", 1)",
                "'''' || CAST(ju_day(date_of_death) AS VARCHAR) || ''' is before the month of birth ''' || " + label
                        + " || ''''");
    }

    private void history(String codeColumn) {
        id("person_id");
        required(codeColumn);
        if (codeColumn.equals("lsoa_code")) {
            known(codeColumn, shape(Codes.LSOA_PREFIXES, codeColumn), "lsoa", codes.lsoas(), "LSOA");
        } else {
            known(
                    codeColumn,
                    "regexp_full_match(gp_practice_code, '[A-Z][0-9]{5}')",
                    "practice",
                    codes.practices(),
                    "GP practice");
        }
        date("from_date", true);
        date("to_date", false);
        order("from_date", "ju_day(from_date)", "to_date", "ju_day(to_date)");
    }

    private void spells() {
        id("spell_id");
        id("person_id");
        provider();
        date("admission_date", true);
        required("admission_method");
        add(
                "admission_method",
                "admission_method <> '' AND " + ADMISSION_GROUP + " IS NULL",
                "'unknown code ''' || admission_method || ''': 11-13 elective, 21-25, 28, 2A-2D emergency, 31-32"
                        + " maternity, 81-84 transfer, or one of those words'");
        date("discharge_date", false);
        order("admission_date", "ju_day(admission_date)", "discharge_date", "ju_day(discharge_date)");
        add(
                "discharge_destination",
                "discharge_destination <> '' AND discharge_destination NOT IN " + set(Codes.DISCHARGE_DESTINATIONS),
                "'unknown code ''' || discharge_destination || ''''");
        required("primary_diagnosis");
        add(
                "primary_diagnosis",
                "primary_diagnosis <> '' AND ju_icd(primary_diagnosis) IS NULL",
                "'''' || primary_diagnosis || ''' is not an ICD-10 code'");
        add(
                "main_specialty",
                "main_specialty <> '' AND NOT regexp_full_match(main_specialty, '[0-9]{3}')",
                "'''' || main_specialty || ''' is not a 3-digit specialty code'");
        date("discharge_ready_date", false);
        add(
                "discharge_ready_date",
                "ju_day(discharge_ready_date) < ju_day(admission_date)",
                "'''' || discharge_ready_date || ''' is before admission_date ''' || admission_date || ''''");
        add(
                "discharge_ready_date",
                "ju_day(discharge_ready_date) > ju_day(discharge_date)",
                "'''' || discharge_ready_date || ''' is after discharge_date ''' || discharge_date || ''''");
    }

    private void attendances() {
        id("attendance_id");
        id("person_id");
        provider();
        timestamp("arrival_time", true);
        timestamp("departure_time", false);
        order("arrival_time", "ju_time(arrival_time)", "departure_time", "ju_time(departure_time)");
        code("department_type", DEPARTMENT_TYPE, "1, 2 or 3 (other)");
        add(
                "disposal",
                "disposal <> '' AND disposal NOT IN " + set(Codes.AE_DISPOSALS),
                "'unknown code ''' || disposal || ''''");
    }

    private void socialCare() {
        id("event_id");
        id("person_id");
        required("local_authority_code");
        known(
                "local_authority_code",
                shape(Codes.LA_PREFIXES, "local_authority_code"),
                "local_authority",
                codes.localAuthorities(),
                "local authority");
        required("event_type");
        add(
                "event_type",
                "event_type <> '' AND lower(event_type) NOT IN " + set(Codes.SOCIAL_CARE_EVENT_TYPES),
                "'unknown code ''' || event_type || ''': one of request, assessment, short_term_reablement,"
                        + " short_term_residential, long_term_home_care, long_term_residential, long_term_nursing'");
        date("start_date", true);
        date("end_date", false);
        order("start_date", "ju_day(start_date)", "end_date", "ju_day(end_date)");
        add(
                "following_hospital_discharge",
                "following_hospital_discharge <> '' AND " + BOOL + " IS NULL",
                "'''' || following_hospital_discharge || ''' is not true or false'");
        add(
                "funding",
                "funding <> '' AND lower(funding) NOT IN " + set(Codes.FUNDING),
                "'unknown code ''' || funding || ''': one of local_authority, self, nhs, joint, other'");
    }

    // -- kinds of check

    private void add(String field, String condition, String reason) {
        checks.add(new Check(field, condition, reason));
    }

    private void required(String column) {
        add(column, column + " = ''", "'missing value'");
    }

    private void id(String column) {
        required(column);
        add(column, "length(" + column + ") > 64", "'longer than 64 characters'");
    }

    /** A whole number that fits an INTEGER, parsed once ({@link #parsedColumns}). */
    private static String whole(String column) {
        return column + "__n IS NOT NULL";
    }

    private static String wholeIn(String column, int min, int max) {
        return "(" + column + "__n BETWEEN " + min + " AND " + max + ")";
    }

    private void integer(String column, int min, int max) {
        required(column);
        add(
                column,
                column + " <> '' AND NOT (" + whole(column) + ")",
                "'''' || " + column + " || ''' is not a whole number'");
        add(
                column,
                column + "__n NOT BETWEEN " + min + " AND " + max,
                "'''' || " + column + " || ''' is not between " + min + " and " + max + "'");
    }

    private void code(String column, String normalised, String allowed) {
        required(column);
        add(
                column,
                column + " <> '' AND " + normalised + " IS NULL",
                "'unknown code ''' || " + column + " || ''': " + allowed.replace("'", "''") + "'");
    }

    private void date(String column, boolean required) {
        if (required) {
            required(column);
        }
        add(
                column,
                column + " <> '' AND ju_date(" + column + ") IS NULL",
                "'''' || " + column + " || ''' is not a date (YYYY-MM-DD)'");
        range(column, "ju_date(" + column + ")");
    }

    private void timestamp(String column, boolean required) {
        if (required) {
            required(column);
        }
        add(
                column,
                column + " <> '' AND ju_ts(" + column + ") IS NULL",
                "'''' || " + column + " || ''' is not a date and time (YYYY-MM-DD HH:MM[:SS])'");
        range(column, "CAST(ju_ts(" + column + ") AS DATE)");
    }

    private void range(String column, String day) {
        add(
                column,
                day + " < DATE '" + InputValidator.EARLIEST + "'",
                "'''' || " + column + " || ''' is before " + InputValidator.EARLIEST.getYear() + "'");
        add(column, day + " > DATE '" + today + "'", "'''' || " + column + " || ''' is in the future'");
    }

    private void order(String startColumn, String start, String endColumn, String end) {
        add(
                endColumn,
                end + " < " + start,
                "'''' || " + endColumn + " || ''' is before " + startColumn + " ''' || " + startColumn + " || ''''");
    }

    private void provider() {
        required("provider_code");
        known(
                "upper(provider_code)",
                "regexp_full_match(upper(provider_code), '[A-Z0-9]{3,5}')",
                "provider",
                codes.providers(),
                "provider",
                "provider_code");
    }

    private void known(String column, String shape, String list, Set<String> known, String what) {
        known(column, shape, list, known, what, column);
    }

    /** A code of a shape and, when a list of known codes is given, in the list ({@code ref_<list>}). */
    private void known(String value, String shape, String list, Set<String> known, String what, String field) {
        String article = ("aeiouAEIOUL".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
        add(field, field + " <> '' AND NOT " + shape, "'''' || " + value + " || ''' is not " + article + " code'");
        if (!known.isEmpty()) {
            add(
                    field,
                    field + " <> '' AND " + shape + " AND " + value + " NOT IN (SELECT code FROM ref_" + list + ")",
                    "'unknown " + what + " code ''' || " + value + " || ''''");
        }
    }

    private static String shape(String prefixes, String column) {
        return "regexp_full_match(" + column + ", '(" + prefixes.replace(',', '|') + ")[0-9]{6}')";
    }

    private static String set(Set<String> values) {
        return values.stream().sorted().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    // -- normalisations, as in Codes

    static final String SEX = "CASE WHEN upper(sex) IN ('M', '1', 'MALE') THEN 'M'"
            + " WHEN upper(sex) IN ('F', '2', 'FEMALE') THEN 'F'"
            + " WHEN upper(sex) IN ('X', '9', 'I', 'OTHER', 'INDETERMINATE') THEN 'X'"
            + " WHEN upper(sex) IN ('U', '0', 'UNKNOWN', 'NOT KNOWN') THEN 'U' END";

    static final String ETHNIC = "CASE WHEN upper(ethnic_group) IN ('WHITE', 'A', 'B', 'C') THEN 'white'"
            + " WHEN upper(ethnic_group) IN ('MIXED', 'D', 'E', 'F', 'G') THEN 'mixed'"
            + " WHEN upper(ethnic_group) IN ('ASIAN', 'H', 'J', 'K', 'L') THEN 'asian'"
            + " WHEN upper(ethnic_group) IN ('BLACK', 'M', 'N', 'P') THEN 'black'"
            + " WHEN upper(ethnic_group) IN ('OTHER', 'R', 'S') THEN 'other'"
            + " WHEN upper(ethnic_group) IN ('Z', '99') THEN '' END";

    static final String ADMISSION_GROUP = "CASE WHEN upper(admission_method) IN ('11', '12', '13', 'ELECTIVE') THEN"
            + " 'elective' WHEN upper(admission_method) IN ('21', '22', '23', '24', '25', '28', '2A', '2B', '2C', '2D',"
            + " 'EMERGENCY') THEN 'emergency' WHEN upper(admission_method) IN ('31', '32', 'MATERNITY') THEN"
            + " 'maternity' WHEN upper(admission_method) IN ('81', '82', '83', '84', 'TRANSFER') THEN 'transfer' END";

    static final String DEPARTMENT_TYPE = "CASE WHEN lower(department_type) IN ('1', '01') THEN '1'"
            + " WHEN lower(department_type) IN ('2', '02') THEN '2'"
            + " WHEN lower(department_type) IN ('3', '03', '4', '04', 'other') THEN '3' END";

    static final String BOOL =
            "CASE WHEN lower(following_hospital_discharge) IN ('true', 't', 'yes', 'y', '1') THEN true"
                    + " WHEN lower(following_hospital_discharge) IN ('false', 'f', 'no', 'n', '0') THEN false END";
}
