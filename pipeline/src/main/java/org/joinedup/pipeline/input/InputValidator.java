package org.joinedup.pipeline.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.input.CanonicalTable.Column;

/**
 * Validates a folder of canonical input (docs/pipeline-input.md) and writes the cleaned, typed input to
 * a work folder as Parquet for the engines.
 *
 * <p>Each file is streamed once, in Java: every row is checked on its own (required values, codes,
 * dates, end before start) and, if good, appended with its row number to a staging table in an in-memory
 * DuckDB database that spills to {@code <work folder>/.validation/tmp} above the memory limit. The checks that need more than one row (duplicate ids, an
 * unknown person, an event after the person's death or before their birth) then run as SQL over the
 * staging tables, so memory stays bounded whatever the size of the input (DuckDB spills to disk).
 *
 * <p>When any problem is found and bad rows are not to be skipped, nothing is stored: the work folder
 * is left as it was found. When skipping, every row with a problem is left out (and every row of a
 * person whose persons row was left out) and listed in {@code skipped_rows.csv} in the work folder.
 */
public final class InputValidator {
    /** The folder name of the staging database inside the work folder; removed at the end. */
    static final String STAGING = ".validation";

    static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

    private final ReferenceCodes codes;
    private final EngineSettings settings;
    private final boolean skipBadRows;
    private final int listLimit;
    private final LocalDate today;
    private LongConsumer progress = rows -> {};

    /**
     * @param skipBadRows store the good rows and list the bad ones instead of storing nothing
     * @param listLimit how many problems the report lists (all are counted)
     * @param today dates after it are refused as in the future
     */
    public InputValidator(
            ReferenceCodes codes, EngineSettings settings, boolean skipBadRows, int listLimit, LocalDate today) {
        this.codes = codes;
        this.settings = settings;
        this.skipBadRows = skipBadRows;
        this.listLimit = listLimit;
        this.today = today;
    }

    public InputValidator(ReferenceCodes codes, boolean skipBadRows) {
        this(codes, EngineSettings.DEFAULT, skipBadRows, 1000, LocalDate.now());
    }

    /** Called now and then with the rows read so far. */
    public InputValidator onProgress(LongConsumer rowsRead) {
        this.progress = rowsRead;
        return this;
    }

    /**
     * Validates the input folder and, unless there are problems and bad rows are not skipped, writes
     * {@code <table>.parquet} for every table found to the work folder (created if needed; it must not
     * already hold cleaned input).
     *
     * @throws IllegalArgumentException when the input folder has no {@code persons} table, holds a table
     *     twice, or the work folder already holds output
     */
    public ValidationReport validate(Path inputFolder, Path workFolder) {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(inputFolder)) {
            throw new IllegalArgumentException(inputFolder + " is not a folder");
        }
        Map<CanonicalTable, Path> inputs = new EnumMap<>(CanonicalTable.class);
        for (CanonicalTable t : CanonicalTable.values()) {
            t.findIn(inputFolder).ifPresent(p -> inputs.put(t, p));
        }
        if (!inputs.containsKey(CanonicalTable.PERSONS)) {
            throw new IllegalArgumentException(inputFolder + " has no persons table (persons.csv or persons.parquet)");
        }
        for (CanonicalTable t : CanonicalTable.values()) {
            if (Files.exists(workFolder.resolve(t.tableName() + ".parquet"))) {
                throw new IllegalArgumentException(workFolder + " already holds " + t.tableName() + ".parquet");
            }
        }
        boolean createdWork = !Files.exists(workFolder);
        Path staging = workFolder.resolve(STAGING);
        try {
            Files.createDirectories(staging);
            try (Run run = new Run(staging, inputs)) {
                ValidationReport report = run.execute(workFolder, t0);
                if (!report.stored() && createdWork) {
                    deleteTree(staging);
                    Files.deleteIfExists(workFolder);
                }
                return report;
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use work folder " + workFolder, e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One validation run over one staging database. */
    private final class Run implements AutoCloseable {
        private final Connection db;
        private final Map<CanonicalTable, Path> inputs;
        private final Map<CanonicalTable, String> fileNames = new EnumMap<>(CanonicalTable.class);
        private final Map<CanonicalTable, long[]> counts = new EnumMap<>(CanonicalTable.class);
        private DuckDBAppender problems;
        private DuckDBAppender personIds;
        private long rowsRead;
        private final List<InputProblem> rowProblems = new ArrayList<>();

        Run(Path staging, Map<CanonicalTable, Path> inputs) {
            this.inputs = inputs;
            try {
                // In memory, spilling to the temporary folder above the memory limit: a database file would
                // write its log at every appender flush.
                db = DriverManager.getConnection("jdbc:duckdb:");
                try (Statement s = db.createStatement()) {
                    s.execute("SET memory_limit = '" + settings.memoryLimit() + "'");
                    s.execute("SET threads = " + settings.threads());
                    s.execute("SET temp_directory = '"
                            + staging.resolve("tmp").toAbsolutePath().toString().replace("'", "''") + "'");
                    s.execute("SET preserve_insertion_order = true");
                    s.execute("CREATE TABLE problems (tbl INTEGER, file VARCHAR, row_number BIGINT, field VARCHAR,"
                            + " reason VARCHAR)");
                    s.execute("CREATE TABLE person_ids_read (person_id VARCHAR)");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("duckdb: cannot open a staging database: " + e.getMessage(), e);
            }
        }

        ValidationReport execute(Path workFolder, long t0) throws IOException {
            try {
                problems = ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "problems");
                personIds = ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "person_ids_read");
                for (Map.Entry<CanonicalTable, Path> e : inputs.entrySet()) {
                    stage(e.getKey(), e.getValue());
                }
                problems.close();
                personIds.close();
                crossRowChecks();
                long problemCount = scalar("SELECT COUNT(*) FROM problems");
                boolean store = problemCount == 0 || skipBadRows;
                Path skippedFile = null;
                if (store) {
                    writeOutput(workFolder);
                    if (problemCount > 0) {
                        skippedFile = workFolder.resolve("skipped_rows.csv");
                        exec("COPY (SELECT file, row_number AS row, field, reason FROM problems"
                                + " ORDER BY tbl, row_number, field, reason) TO "
                                + literal(skippedFile.toAbsolutePath())
                                + " (HEADER, DELIMITER ',')");
                    }
                }
                List<ValidationReport.TableResult> tables = new ArrayList<>();
                Map<Integer, Long> skipped = new HashMap<>();
                try (Statement s = db.createStatement();
                        ResultSet r =
                                s.executeQuery("SELECT tbl, COUNT(DISTINCT row_number) FROM problems GROUP BY tbl")) {
                    while (r.next()) {
                        skipped.put(r.getInt(1), r.getLong(2));
                    }
                }
                for (CanonicalTable t : inputs.keySet()) {
                    long[] c = counts.get(t);
                    long bad = skipped.getOrDefault(t.ordinal(), 0L);
                    tables.add(new ValidationReport.TableResult(
                            t.tableName(), fileNames.get(t), c[0], bad, store ? c[1] - countStagedBad(t) : 0));
                }
                List<InputProblem> listed = new ArrayList<>();
                try (Statement s = db.createStatement();
                        ResultSet r = s.executeQuery("SELECT file, row_number, field, reason FROM problems"
                                + " ORDER BY tbl, row_number, field, reason LIMIT " + listLimit)) {
                    while (r.next()) {
                        listed.add(new InputProblem(r.getString(1), r.getLong(2), r.getString(3), r.getString(4)));
                    }
                }
                long elapsed = (System.nanoTime() - t0) / 1_000_000;
                return new ValidationReport(
                        List.copyOf(tables),
                        problemCount,
                        List.copyOf(listed),
                        store,
                        store ? workFolder : null,
                        skippedFile,
                        elapsed);
            } catch (SQLException e) {
                throw new IllegalStateException("duckdb: validation failed: " + e.getMessage(), e);
            }
        }

        private long countStagedBad(CanonicalTable t) throws SQLException {
            if (counts.get(t)[1] == 0) {
                return 0;
            }
            return scalar("SELECT COUNT(*) FROM " + stagingTable(t) + " WHERE _row IN (SELECT row_number FROM"
                    + " problems WHERE tbl = " + t.ordinal() + ")");
        }

        /** Reads one file, checks each row on its own and appends the good ones to its staging table. */
        private void stage(CanonicalTable table, Path path) throws SQLException {
            List<Column> columns = table.columns();
            StringBuilder ddl = new StringBuilder("CREATE TABLE " + stagingTable(table) + " (_row BIGINT");
            for (Column c : columns) {
                ddl.append(", ").append(c.name()).append(' ').append(c.type().sqlType());
            }
            exec(ddl.append(')').toString());
            long[] c = new long[2];
            counts.put(table, c);
            try (RowSource source = RowSource.open(path, db);
                    DuckDBAppender out = ((DuckDBConnection) db)
                            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, stagingTable(table))) {
                fileNames.put(table, source.fileName);
                int[] index = new int[columns.size()];
                boolean missing = false;
                for (int i = 0; i < columns.size(); i++) {
                    Column col = columns.get(i);
                    index[i] = source.header.indexOf(col.name());
                    if (index[i] < 0 && !col.derived()) {
                        problem(table, source.fileName, 1, col.name(), "missing column");
                        missing = true;
                    }
                }
                flushRowProblems(table);
                if (missing) {
                    // Count the rows, so the report says how many were not checked.
                    while (source.next()) {
                        c[0]++;
                    }
                    return;
                }
                RowChecker checker = new RowChecker(table, source.fileName, index, rowProblems);
                Object[] typed = new Object[columns.size()];
                while (source.next()) {
                    c[0]++;
                    if ((++rowsRead & 0xFFFF) == 0) {
                        progress.accept(rowsRead);
                    }
                    if (source.unreadable != null) {
                        problem(table, source.fileName, source.row, "", source.unreadable.reason());
                        flushRowProblems(table);
                        continue;
                    }
                    checker.check(source.row, source.values, typed);
                    if (table == CanonicalTable.PERSONS && !source.values[index[0]].isEmpty()) {
                        personIds.beginRow().append(source.values[index[0]]).endRow();
                    }
                    if (!rowProblems.isEmpty()) {
                        flushRowProblems(table);
                        continue;
                    }
                    out.beginRow();
                    out.append(source.row);
                    for (int i = 0; i < typed.length; i++) {
                        append(out, typed[i]);
                    }
                    out.endRow();
                    c[1]++;
                }
            }
        }

        private void flushRowProblems(CanonicalTable table) throws SQLException {
            for (InputProblem p : rowProblems) {
                problems.beginRow()
                        .append(table.ordinal())
                        .append(p.file())
                        .append(p.row())
                        .append(p.field())
                        .append(p.reason())
                        .endRow();
            }
            rowProblems.clear();
        }

        private void problem(CanonicalTable table, String file, long row, String field, String reason) {
            rowProblems.add(new InputProblem(file, row, field, reason));
        }

        /** Duplicate ids, unknown persons, events after death or before birth, as SQL over the staging tables. */
        private void crossRowChecks() throws SQLException {
            for (CanonicalTable t : inputs.keySet()) {
                if (t.idColumn() == null || counts.get(t)[1] == 0) {
                    continue;
                }
                String id = t.idColumn();
                insertProblems(
                        t,
                        "SELECT _row, '" + id + "', 'duplicate " + id + " ''' || " + id + " || ''' (first at row ' ||"
                                + " first_row || ')' FROM (SELECT _row, " + id + ", MIN(_row) OVER (PARTITION BY "
                                + id + ") AS first_row FROM " + stagingTable(t) + ") WHERE _row > first_row");
            }
            // The persons that stay: good rows, first of each id.
            exec("CREATE TABLE good_persons AS SELECT person_id, birth_date, date_of_death FROM "
                    + stagingTable(CanonicalTable.PERSONS) + " WHERE _row NOT IN (SELECT row_number FROM problems"
                    + " WHERE tbl = " + CanonicalTable.PERSONS.ordinal() + ")");
            exec("CREATE TABLE person_ids_seen AS SELECT DISTINCT person_id FROM person_ids_read");
            for (CanonicalTable t : inputs.keySet()) {
                if (!t.belongsToPerson() || counts.get(t)[1] == 0) {
                    continue;
                }
                String s = stagingTable(t);
                insertProblems(
                        t,
                        "SELECT e._row, 'person_id', CASE WHEN seen.person_id IS NULL THEN 'unknown person_id ''' ||"
                                + " e.person_id || ''': not in persons' ELSE 'person_id ''' || e.person_id || ''' has a"
                                + " problem in persons' END FROM " + s + " e LEFT JOIN good_persons p ON p.person_id ="
                                + " e.person_id LEFT JOIN person_ids_seen seen ON seen.person_id = e.person_id WHERE"
                                + " p.person_id IS NULL");
                String date = eventDate(t);
                if (date == null) {
                    continue;
                }
                String day = t == CanonicalTable.AE_ATTENDANCES ? "CAST(e." + date + " AS DATE)" : "e." + date;
                insertProblems(
                        t,
                        "SELECT e._row, '" + date + "', '''' || CAST(" + day + " AS VARCHAR) || ''' is"
                                + " after the person''s date_of_death ''' || CAST(p.date_of_death AS VARCHAR) || ''''"
                                + " FROM " + s + " e JOIN good_persons p ON p.person_id = e.person_id WHERE"
                                + " p.date_of_death IS NOT NULL AND " + day + " > p.date_of_death");
                insertProblems(
                        t,
                        "SELECT e._row, '" + date + "', '''' || CAST(" + day + " AS VARCHAR) || ''' is"
                                + " before the person''s month of birth ''' || SUBSTR(CAST(p.birth_date AS VARCHAR), 1,"
                                + " 7) || '''' FROM " + s + " e JOIN good_persons p ON p.person_id = e.person_id WHERE "
                                + day + " < p.birth_date");
            }
        }

        private static String eventDate(CanonicalTable t) {
            return switch (t) {
                case HOSPITAL_SPELLS -> "admission_date";
                case AE_ATTENDANCES -> "arrival_time";
                case SOCIAL_CARE_EVENTS -> "start_date";
                default -> null;
            };
        }

        private void insertProblems(CanonicalTable t, String select) throws SQLException {
            exec("INSERT INTO problems SELECT " + t.ordinal() + ", " + literal(fileNames.get(t)) + ", * FROM (" + select
                    + ")");
        }

        private void writeOutput(Path workFolder) throws SQLException {
            for (CanonicalTable t : inputs.keySet()) {
                List<String> names = t.columns().stream().map(Column::name).toList();
                Path out = workFolder.resolve(t.tableName() + ".parquet").toAbsolutePath();
                exec("COPY (SELECT " + String.join(", ", names) + " FROM " + stagingTable(t)
                        + " WHERE _row NOT IN (SELECT row_number FROM problems WHERE tbl = " + t.ordinal() + ")"
                        + " ORDER BY _row) TO " + literal(out) + " (FORMAT parquet, COMPRESSION zstd)");
            }
        }

        private long scalar(String sql) throws SQLException {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        private void exec(String sql) throws SQLException {
            try (Statement s = db.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public void close() {
            try {
                db.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String stagingTable(CanonicalTable t) {
        return "stage_" + t.tableName();
    }

    private static String literal(Object text) {
        return "'" + text.toString().replace("'", "''") + "'";
    }

    private static void append(DuckDBAppender out, Object v) throws SQLException {
        if (v == null) {
            out.appendNull();
        } else if (v instanceof String s) {
            out.append(s);
        } else if (v instanceof Integer i) {
            out.append(i.intValue());
        } else if (v instanceof LocalDate d) {
            out.append(d);
        } else if (v instanceof LocalDateTime d) {
            out.append(d);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else {
            throw new IllegalStateException("unexpected value " + v.getClass());
        }
    }

    /** Checks one row of one table and fills the typed values (derived columns included). */
    private final class RowChecker {
        private final CanonicalTable table;
        private final String file;
        private final int[] index;
        private final Map<String, Integer> position = new HashMap<>();
        private long row;
        private String[] values;
        private final List<InputProblem> out;

        RowChecker(CanonicalTable table, String file, int[] index, List<InputProblem> out) {
            this.out = out;
            this.table = table;
            this.file = file;
            this.index = index;
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                position.put(columns.get(i).name(), i);
            }
        }

        void check(long row, String[] values, Object[] typed) {
            this.row = row;
            this.values = values;
            java.util.Arrays.fill(typed, null);
            switch (table) {
                case PERSONS -> persons(typed);
                case PERSON_RESIDENCE -> history(typed, "lsoa_code");
                case PERSON_REGISTRATION -> history(typed, "gp_practice_code");
                case HOSPITAL_SPELLS -> spells(typed);
                case AE_ATTENDANCES -> attendances(typed);
                case SOCIAL_CARE_EVENTS -> socialCare(typed);
            }
        }

        private void persons(Object[] t) {
            t[0] = id("person_id");
            Integer year = integer("year_of_birth", EARLIEST.getYear(), today.getYear());
            Integer month = integer("month_of_birth", 1, 12);
            t[1] = year;
            t[2] = month;
            t[3] = code("sex", Codes::sex, "M, F, X (other) or U (not known); or 1, 2, 9, 0");
            LocalDate death = date("date_of_death");
            t[4] = death;
            String eth = value("ethnic_group");
            if (!eth.isEmpty()) {
                String g = Codes.ethnicGroup(eth);
                if (g == null) {
                    add(
                            "ethnic_group",
                            "unknown code '" + eth + "': one of white, mixed, asian, black, other or an"
                                    + " NHS ethnic category letter");
                } else {
                    t[5] = g.isEmpty() ? null : g;
                }
            }
            if (year != null && month != null) {
                LocalDate birth = LocalDate.of(year, month, 1);
                t[6] = birth;
                if (birth.isAfter(today)) {
                    add("month_of_birth", "birth '" + year + "-" + two(month) + "' is in the future");
                }
                if (death != null && death.isBefore(birth)) {
                    add(
                            "date_of_death",
                            "'" + death + "' is before the month of birth '" + year + "-" + two(month) + "'");
                }
            }
        }

        private void history(Object[] t, String codeColumn) {
            t[0] = id("person_id");
            String v = value(codeColumn);
            if (v.isEmpty()) {
                add(codeColumn, "missing value");
            } else if (codeColumn.equals("lsoa_code")) {
                t[1] = known(codeColumn, v, Codes.onsShape(v, Codes.LSOA_PREFIXES), codes.lsoas(), "LSOA");
            } else {
                t[1] = known(codeColumn, v, Codes.practiceShape(v), codes.practices(), "GP practice");
            }
            LocalDate from = date("from_date");
            LocalDate to = date("to_date");
            t[2] = from;
            t[3] = to;
            order("from_date", from, "to_date", to);
        }

        private void spells(Object[] t) {
            t[0] = id("spell_id");
            t[1] = id("person_id");
            t[2] = provider("provider_code");
            LocalDate admitted = date("admission_date");
            t[3] = admitted;
            String method = value("admission_method");
            if (method.isEmpty()) {
                add("admission_method", "missing value");
            } else {
                String group = Codes.admissionGroup(method);
                if (group == null) {
                    add(
                            "admission_method",
                            "unknown code '" + method + "': 11-13 elective, 21-25, 28, 2A-2D"
                                    + " emergency, 31-32 maternity, 81-84 transfer, or one of those words");
                } else {
                    t[4] = method.length() == 2 ? method.toUpperCase(java.util.Locale.ROOT) : group;
                    t[11] = group;
                }
            }
            LocalDate discharged = date("discharge_date");
            t[5] = discharged;
            order("admission_date", admitted, "discharge_date", discharged);
            String dest = value("discharge_destination");
            if (!dest.isEmpty()) {
                if (!Codes.DISCHARGE_DESTINATIONS.contains(dest)) {
                    add("discharge_destination", "unknown code '" + dest + "'");
                } else {
                    t[6] = dest;
                }
            }
            String primary = value("primary_diagnosis");
            if (primary.isEmpty()) {
                add("primary_diagnosis", "missing value");
            } else {
                t[7] = icd("primary_diagnosis", primary);
            }
            String secondary = value("secondary_diagnoses");
            if (!secondary.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (String part : secondary.split(";", -1)) {
                    String p = part.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    String c = icd("secondary_diagnoses", p);
                    if (c != null) {
                        if (!sb.isEmpty()) {
                            sb.append(';');
                        }
                        sb.append(c);
                    }
                }
                t[8] = sb.isEmpty() ? null : sb.toString();
            }
            String specialty = value("main_specialty");
            if (!specialty.isEmpty()) {
                if (specialty.length() != 3 || !specialty.chars().allMatch(Character::isDigit)) {
                    add("main_specialty", "'" + specialty + "' is not a 3-digit specialty code");
                } else {
                    t[9] = specialty;
                }
            }
            LocalDate ready = date("discharge_ready_date");
            t[10] = ready;
            if (ready != null && admitted != null && ready.isBefore(admitted)) {
                add("discharge_ready_date", "'" + ready + "' is before admission_date '" + admitted + "'");
            }
            if (ready != null && discharged != null && ready.isAfter(discharged)) {
                add("discharge_ready_date", "'" + ready + "' is after discharge_date '" + discharged + "'");
            }
            if (admitted != null && discharged != null && !discharged.isBefore(admitted)) {
                t[12] = (int) ChronoUnit.DAYS.between(admitted, discharged);
            }
        }

        private void attendances(Object[] t) {
            t[0] = id("attendance_id");
            t[1] = id("person_id");
            t[2] = provider("provider_code");
            LocalDateTime arrival = timestamp("arrival_time");
            LocalDateTime departure = timestamp("departure_time");
            t[3] = arrival;
            t[4] = departure;
            order("arrival_time", arrival, "departure_time", departure);
            t[5] = code("department_type", Codes::departmentType, "1, 2 or 3 (other)");
            String disposal = value("disposal");
            if (!disposal.isEmpty()) {
                if (!Codes.AE_DISPOSALS.contains(disposal)) {
                    add("disposal", "unknown code '" + disposal + "'");
                } else {
                    t[6] = disposal;
                }
            }
            if (arrival != null && departure != null && !departure.isBefore(arrival)) {
                t[7] = (int) ChronoUnit.MINUTES.between(arrival, departure);
            }
        }

        private void socialCare(Object[] t) {
            t[0] = id("event_id");
            t[1] = id("person_id");
            String la = value("local_authority_code");
            if (la.isEmpty()) {
                add("local_authority_code", "missing value");
            } else {
                t[2] = known(
                        "local_authority_code",
                        la,
                        Codes.onsShape(la, Codes.LA_PREFIXES),
                        codes.localAuthorities(),
                        "local authority");
            }
            String type = value("event_type").toLowerCase(java.util.Locale.ROOT);
            if (type.isEmpty()) {
                add("event_type", "missing value");
            } else if (!Codes.SOCIAL_CARE_EVENT_TYPES.contains(type)) {
                add(
                        "event_type",
                        "unknown code '" + value("event_type") + "': one of request, assessment,"
                                + " short_term_reablement, short_term_residential, long_term_home_care, long_term_residential, long_term_nursing");
            } else {
                t[3] = type;
            }
            LocalDate start = date("start_date");
            LocalDate end = date("end_date");
            t[4] = start;
            t[5] = end;
            order("start_date", start, "end_date", end);
            String flag = value("following_hospital_discharge");
            if (!flag.isEmpty()) {
                Boolean b = Codes.bool(flag);
                if (b == null) {
                    add("following_hospital_discharge", "'" + flag + "' is not true or false");
                }
                t[6] = b;
            }
            String funding = value("funding").toLowerCase(java.util.Locale.ROOT);
            if (!funding.isEmpty()) {
                if (!Codes.FUNDING.contains(funding)) {
                    add(
                            "funding",
                            "unknown code '" + value("funding") + "': one of local_authority, self, nhs,"
                                    + " joint, other");
                } else {
                    t[7] = funding;
                }
            }
        }

        // -- value helpers

        private String value(String column) {
            int i = index[position.get(column)];
            return values[i].strip();
        }

        private void add(String field, String reason) {
            out.add(new InputProblem(file, row, field, reason));
        }

        private String id(String column) {
            String v = value(column);
            if (v.isEmpty()) {
                add(column, "missing value");
                return null;
            }
            if (v.length() > 64) {
                add(column, "longer than 64 characters");
                return null;
            }
            return v;
        }

        private Integer integer(String column, int min, int max) {
            String v = value(column);
            if (v.isEmpty()) {
                add(column, "missing value");
                return null;
            }
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                add(column, "'" + v + "' is not a whole number");
                return null;
            }
            if (n < min || n > max) {
                add(column, "'" + v + "' is not between " + min + " and " + max);
                return null;
            }
            return n;
        }

        private String code(String column, java.util.function.UnaryOperator<String> normalise, String allowed) {
            String v = value(column);
            if (v.isEmpty()) {
                add(column, "missing value");
                return null;
            }
            String c = normalise.apply(v);
            if (c == null) {
                add(column, "unknown code '" + v + "': " + allowed);
            }
            return c;
        }

        private String known(String column, String v, boolean shape, java.util.Set<String> known, String what) {
            if (!shape) {
                add(column, "'" + v + "' is not " + article(what) + " code");
                return null;
            }
            if (!known.isEmpty() && !known.contains(v)) {
                add(column, "unknown " + what + " code '" + v + "'");
                return null;
            }
            return v;
        }

        private String provider(String column) {
            String v = value(column).toUpperCase(java.util.Locale.ROOT);
            if (v.isEmpty()) {
                add(column, "missing value");
                return null;
            }
            return known(column, v, Codes.providerShape(v), codes.providers(), "provider");
        }

        private String icd(String column, String v) {
            String c = Codes.icd10(v);
            if (c == null) {
                add(column, "'" + v + "' is not an ICD-10 code");
            }
            return c;
        }

        private LocalDate date(String column) {
            String v = value(column);
            boolean required = table.columns().get(position.get(column)).required();
            if (v.isEmpty()) {
                if (required) {
                    add(column, "missing value");
                }
                return null;
            }
            LocalDate d = parseDate(v);
            if (d == null) {
                add(column, "'" + v + "' is not a date (YYYY-MM-DD)");
                return null;
            }
            return inRange(column, v, d) ? d : null;
        }

        private LocalDateTime timestamp(String column) {
            String v = value(column);
            boolean required = table.columns().get(position.get(column)).required();
            if (v.isEmpty()) {
                if (required) {
                    add(column, "missing value");
                }
                return null;
            }
            LocalDateTime d = parseTimestamp(v);
            if (d == null) {
                add(column, "'" + v + "' is not a date and time (YYYY-MM-DD HH:MM[:SS])");
                return null;
            }
            return inRange(column, v, d.toLocalDate()) ? d : null;
        }

        private boolean inRange(String column, String v, LocalDate d) {
            if (d.isBefore(EARLIEST)) {
                add(column, "'" + v + "' is before " + EARLIEST.getYear());
                return false;
            }
            if (d.isAfter(today)) {
                add(column, "'" + v + "' is in the future");
                return false;
            }
            return true;
        }

        private <T extends Comparable<? super T>> void order(String startColumn, T start, String endColumn, T end) {
            if (start != null && end != null && end.compareTo(start) < 0) {
                add(endColumn, "'" + value(endColumn) + "' is before " + startColumn + " '" + value(startColumn) + "'");
            }
        }
    }

    private static String article(String what) {
        return ("aeiouAEIOUL".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** {@code YYYY-MM-DD}, or null when the text is not a date that exists. */
    static LocalDate parseDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int y = digits(v, 0, 4);
        int m = digits(v, 5, 7);
        int d = digits(v, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code YYYY-MM-DD HH:MM[:SS[.fff]]} or with {@code T}; null when not a date and time that exists. */
    static LocalDateTime parseTimestamp(String v) {
        if (v.length() < 16 || (v.charAt(10) != ' ' && v.charAt(10) != 'T') || v.charAt(13) != ':') {
            return null;
        }
        LocalDate d = parseDate(v.substring(0, 10));
        int h = digits(v, 11, 13);
        int min = digits(v, 14, 16);
        int s = 0;
        if (v.length() >= 19) {
            if (v.charAt(16) != ':') {
                return null;
            }
            s = digits(v, 17, 19);
            if (v.length() > 19 && (v.charAt(19) != '.' || digits(v, 20, v.length()) < 0)) {
                return null;
            }
        } else if (v.length() != 16) {
            return null;
        }
        if (d == null || h < 0 || h > 23 || min < 0 || min > 59 || s < 0 || s > 59) {
            return null;
        }
        return d.atTime(h, min, s);
    }

    private static int digits(String v, int from, int to) {
        if (to <= from) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static Optional<CanonicalTable> tableOf(String name) {
        return CanonicalTable.byName(name);
    }
}
