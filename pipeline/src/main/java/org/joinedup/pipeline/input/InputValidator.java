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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
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
        private long rowsRead;

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
                    for (String macro : RowChecks.macros(today)) {
                        s.execute(macro);
                    }
                }
                codeList("ref_lsoa", codes.lsoas());
                codeList("ref_practice", codes.practices());
                codeList("ref_local_authority", codes.localAuthorities());
                codeList("ref_provider", codes.providers());
            } catch (SQLException e) {
                throw new IllegalStateException("duckdb: cannot open a staging database: " + e.getMessage(), e);
            }
        }

        private void codeList(String name, java.util.Set<String> codes) throws SQLException {
            exec("CREATE TABLE " + name + " (code VARCHAR)");
            try (DuckDBAppender out = ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, name)) {
                for (String code : codes) {
                    out.beginRow().append(code).endRow();
                }
            }
        }

        ValidationReport execute(Path workFolder, long t0) throws IOException {
            try {
                problems = ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "problems");
                for (Map.Entry<CanonicalTable, Path> e : inputs.entrySet()) {
                    stage(e.getKey(), e.getValue());
                }
                problems.close();
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

        /**
         * Reads one file into a raw table of text, checks every row on its own with SQL ({@link RowChecks})
         * and keeps the typed values of the rows without problems in its staging table.
         */
        private void stage(CanonicalTable table, Path path) throws SQLException, IOException {
            long[] c = new long[2];
            counts.put(table, c);
            String raw = "raw_" + table.tableName();
            RawTable loaded = RawTable.load(db, raw, table, path);
            fileNames.put(table, loaded.fileName());
            c[0] = loaded.rows();
            int t = table.ordinal();
            String file = literal(loaded.fileName());
            for (InputProblem p : loaded.problems()) {
                problems.beginRow()
                        .append(t)
                        .append(p.file())
                        .append(p.row())
                        .append(p.field())
                        .append(p.reason())
                        .endRow();
            }
            problems.flush();
            rowsRead += c[0];
            progress.accept(rowsRead);
            if (!loaded.complete()) {
                return; // a column is missing: the rows are counted, not checked
            }
            RowChecks checks = new RowChecks(table, codes, today);
            // each date, time and code parsed once, for all the checks and the typed values
            exec("CREATE TABLE " + raw + "_parsed AS SELECT *"
                    + checks.parsedColumns().stream().map(p -> ", " + p).collect(Collectors.joining()) + " FROM "
                    + raw);
            exec("DROP TABLE " + raw);
            exec("ALTER TABLE " + raw + "_parsed RENAME TO " + raw);
            StringBuilder select = new StringBuilder();
            for (RowChecks.Check check : checks.checks()) {
                select.append(select.isEmpty() ? "" : " UNION ALL ")
                        .append("SELECT _row, ")
                        .append(literal(check.field()))
                        .append(", ")
                        .append(check.reason())
                        .append(" FROM ")
                        .append(raw)
                        .append(" WHERE ")
                        .append(check.condition());
            }
            String items = checks.itemProblems(raw);
            if (items != null) {
                select.append(" UNION ALL ").append(items);
            }
            exec("INSERT INTO problems SELECT " + t + ", " + file + ", * FROM (" + select + ")");
            List<Column> columns = table.columns();
            List<String> typed = checks.typed();
            StringBuilder create = new StringBuilder("CREATE TABLE " + stagingTable(table) + " AS SELECT _row");
            for (int i = 0; i < columns.size(); i++) {
                create.append(", CAST(")
                        .append(typed.get(i))
                        .append(" AS ")
                        .append(columns.get(i).type().sqlType())
                        .append(") AS ")
                        .append(columns.get(i).name());
            }
            create.append(" FROM ")
                    .append(raw)
                    .append(" WHERE _row NOT IN (SELECT row_number FROM problems WHERE tbl = ")
                    .append(t)
                    .append(")");
            exec(create.toString());
            if (table == CanonicalTable.PERSONS) {
                exec("INSERT INTO person_ids_read SELECT person_id FROM " + raw + " WHERE person_id <> ''");
            }
            exec("DROP TABLE " + raw);
            c[1] = scalar("SELECT COUNT(*) FROM " + stagingTable(table));
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
