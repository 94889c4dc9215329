package org.joinedup.pipeline.synthea;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.input.InputProblem;

/**
 * Maps a folder of Synthea CSV output ({@code patients.csv}, {@code encounters.csv}, {@code conditions.csv})
 * to the canonical input tables (docs/pipeline-input.md, "Synthea input"), in DuckDB SQL, so every metric
 * definition runs on it unchanged.
 *
 * <p>The files are read with {@code read_csv} (every column as text, malformed rows collected rather than
 * fatal) into an in-memory DuckDB database that spills to a temporary folder above the memory limit. The
 * values are then checked in SQL ({@link SyntheaChecks}); with any problem nothing is written and the
 * problems name the file, the row (the header is row 1), the column and the reason. Otherwise each
 * canonical table is written as CSV to the output folder.
 */
public final class SyntheaMapper {
    /** How many problems a refusal lists (all are counted). */
    public static final int LIST_LIMIT = 1000;

    /** The canonical tables written, in this order. */
    public static final List<String> OUTPUT_TABLES = List.of(
            "persons",
            "person_residence",
            "person_registration",
            "hospital_spells",
            "ae_attendances",
            "social_care_events");

    /**
     * Built-in metrics a Synthea export cannot feed, with why. They are not run: a population rate would
     * show zero everywhere, a proportion nothing, and neither says the data do not exist.
     */
    public static final Map<String, String> NOT_MEASURED = Map.of(
            "res_admissions_65", "Synthea records no long-term residential or nursing care placements",
            "reablement_91_days", "Synthea records no reablement",
            "discharge_usual_residence", "Synthea records no discharge destination but death",
            "discharge_delay_average_days", "Synthea records no discharge ready dates");

    private static final String EXPORT = "a Synthea CSV export has patients.csv, encounters.csv and conditions.csv";

    private final EngineSettings settings;
    private final Path lsoaLookup;

    /**
     * @param lsoaLookup the shipped LSOA lookup ({@code ReferenceTables.LSOA_LOOKUP}): which codes are
     *     English LSOAs, and their local authority
     */
    public SyntheaMapper(EngineSettings settings, Path lsoaLookup) {
        this.settings = settings;
        this.lsoaLookup = lsoaLookup;
    }

    /**
     * Checks and maps the export in {@code folder}, writing the canonical CSV files to {@code out} (created
     * if needed) only when there is no problem.
     *
     * @throws IllegalArgumentException when the folder does not exist or the default LSOA is not in the
     *     lookup
     */
    public SyntheaMapping map(Path folder, Path out, SyntheaOptions options) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        Path temp;
        try {
            temp = Files.createTempDirectory("joinedup-synthea-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the Synthea mapping", e);
        }
        try (Connection db = open(temp)) {
            return new Run(db, folder, options).execute(out);
        } catch (SQLException e) {
            throw new IllegalStateException("duckdb: Synthea mapping failed: " + e.getMessage(), e);
        } finally {
            delete(temp);
        }
    }

    private Connection open(Path temp) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            s.execute("SET memory_limit = " + literal(settings.memoryLimit()));
            s.execute("SET threads = " + settings.threads());
            s.execute("SET temp_directory = " + literal(temp.toAbsolutePath().toString()));
            // Row numbers are the order rows were read in: the staging tables keep it.
            s.execute("SET preserve_insertion_order = true");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** One mapping: the database, the export's folder and the header names found in each file. */
    private final class Run {
        private final Connection db;
        private final Path folder;
        private final SyntheaOptions options;
        private final Map<SyntheaFile, Map<String, String>> headers = new EnumMap<>(SyntheaFile.class);

        Run(Connection db, Path folder, SyntheaOptions options) {
            this.db = db;
            this.folder = folder;
            this.options = options;
        }

        SyntheaMapping execute(Path out) throws SQLException {
            execute("CREATE TABLE problems (file_index INTEGER, file VARCHAR, row_number BIGINT, field VARCHAR,"
                    + " reason VARCHAR)");
            execute(SyntheaChecks.TIME_MACRO);
            execute("CREATE TABLE lsoa AS SELECT DISTINCT lsoa_code, la_code FROM read_csv("
                    + literal(lsoaLookup.toAbsolutePath().toString()) + ", header = true, all_varchar = true)");
            if (count("SELECT COUNT(*) FROM lsoa WHERE lsoa_code = " + literal(options.defaultLsoa())) == 0) {
                throw new IllegalArgumentException("default area " + options.defaultLsoa()
                        + " is not an English LSOA (2011 code) of the shipped lookup");
            }
            List<SyntheaFile> readable = new ArrayList<>();
            for (SyntheaFile file : SyntheaFile.values()) {
                if (stage(file)) {
                    readable.add(file);
                }
            }
            for (SyntheaChecks.Check check : SyntheaChecks.of(
                    readable, readable.contains(SyntheaFile.PATIENTS), (file, column) -> header(file, column))) {
                execute("INSERT INTO problems SELECT " + check.file().ordinal() + ", "
                        + literal(check.file().fileName()) + ", row_number, " + literal(check.column())
                        + ", reason FROM (" + check.sql() + ")");
            }
            boolean icd10 = options.snomedIcd10() != null;
            if (icd10) {
                loadSnomedIcd10(options.snomedIcd10());
            }
            long problemCount = count("SELECT COUNT(*) FROM problems");
            if (problemCount > 0) {
                return new SyntheaMapping(problemCount, listProblems(), Map.of(), List.of(), icd10);
            }
            return write(out, icd10);
        }

        /**
         * Reads one file into its staging table. False when it cannot be checked: missing, no header, a
         * column missing, or a row that does not parse (each a problem).
         */
        private boolean stage(SyntheaFile file) throws SQLException {
            Path path = folder.resolve(file.fileName());
            if (!Files.isRegularFile(path)) {
                problem(file.ordinal(), file.fileName(), 1, "", "no such file: " + EXPORT);
                return false;
            }
            List<String> names;
            try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
                names = Csv.open(reader, file.fileName()).header().names();
            } catch (CsvFormatException e) {
                problem(file.ordinal(), file.fileName(), e.row(), "", e.reason());
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            Map<String, String> found = new LinkedHashMap<>();
            boolean complete = true;
            for (String column : file.required()) {
                Optional<String> name = find(names, column);
                if (name.isEmpty()) {
                    problem(file.ordinal(), file.fileName(), 1, column, "missing column");
                    complete = false;
                }
                name.ifPresent(n -> found.put(column.toLowerCase(Locale.ROOT), n));
            }
            for (String column : file.optional()) {
                find(names, column).ifPresent(n -> found.put(column.toLowerCase(Locale.ROOT), n));
            }
            headers.put(file, found);
            if (!complete) {
                return false;
            }
            StringBuilder columns = new StringBuilder();
            for (String name : names) {
                columns.append(columns.isEmpty() ? "" : ", ")
                        .append(literal(name))
                        .append(": 'VARCHAR'");
            }
            String rejects = "rejects_" + file.name().toLowerCase(Locale.ROOT);
            execute("CREATE TABLE " + file.rawTable() + " AS SELECT * FROM read_csv("
                    + literal(path.toAbsolutePath().toString()) + ", header = true, auto_detect = false, columns = {"
                    + columns + "}, delim = ',', quote = '\"', escape = '\"', store_rejects = true, rejects_table = "
                    + literal(rejects) + ", rejects_scan = " + literal(rejects + "_scan") + ")");
            long malformed = count("SELECT COUNT(*) FROM " + rejects);
            if (malformed > 0) {
                // One problem a line: DuckDB lists a short row once for each missing field.
                execute("INSERT INTO problems SELECT " + file.ordinal() + ", " + literal(file.fileName())
                        + ", line, field, reason FROM (SELECT line,"
                        + " CASE WHEN error_type IN ('TOO MANY COLUMNS', 'MISSING COLUMNS') THEN ''"
                        + " ELSE COALESCE(column_name, '') END AS field, 'cannot read the row: ' || error_message AS"
                        + " reason, ROW_NUMBER() OVER (PARTITION BY line ORDER BY column_idx) AS n FROM " + rejects
                        + ") WHERE n = 1 ORDER BY line");
                return false;
            }
            StringBuilder view = new StringBuilder("CREATE VIEW " + file.view() + " AS SELECT rowid + 2 AS row_number");
            List<String> all = new ArrayList<>(file.required());
            all.addAll(file.optional());
            for (String column : all) {
                String key = column.toLowerCase(Locale.ROOT);
                String name = found.get(key);
                view.append(", ")
                        .append(name == null ? "CAST(NULL AS VARCHAR)" : "NULLIF(TRIM(" + quoted(name) + "), '')")
                        .append(" AS ")
                        .append(key);
            }
            execute(view.append(" FROM ").append(file.rawTable()).toString());
            return true;
        }

        private String header(SyntheaFile file, String column) {
            return headers.getOrDefault(file, Map.of()).getOrDefault(column, column.toUpperCase(Locale.ROOT));
        }

        private void loadSnomedIcd10(Path file) throws SQLException {
            SnomedIcd10Map map = SnomedIcd10Map.read(file);
            int index = SyntheaFile.values().length;
            for (InputProblem p : map.problems()) {
                problem(index, p.file(), p.row(), p.field(), p.reason());
            }
            execute("CREATE TABLE snomed_icd10 (snomed VARCHAR, icd10 VARCHAR)");
            try (DuckDBAppender appender =
                    ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "snomed_icd10")) {
                for (Map.Entry<String, String> e : map.codes().entrySet()) {
                    appender.beginRow().append(e.getKey()).append(e.getValue()).endRow();
                }
            }
        }

        private SyntheaMapping write(Path out, boolean icd10) throws SQLException {
            execute(SyntheaSql.PATIENTS);
            execute(fill(SyntheaSql.RESIDENCE));
            execute(SyntheaSql.ENCOUNTERS);
            execute(SyntheaSql.SPELL_LINKS);
            execute(icd10 ? SyntheaSql.DIAGNOSES : SyntheaSql.NO_DIAGNOSES);
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + out, e);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : SyntheaSql.outputs().entrySet()) {
                Path file = out.resolve(table.getKey() + ".csv");
                try (Statement s = db.createStatement()) {
                    // COPY answers with the number of rows written.
                    rows.put(
                            table.getKey(),
                            s.executeLargeUpdate("COPY (" + fill(table.getValue()) + ") TO "
                                    + literal(file.toAbsolutePath().toString()) + " (HEADER, DELIMITER ',')"));
                }
            }
            return new SyntheaMapping(0, List.of(), rows, notes(icd10), icd10);
        }

        /** What was mapped and what was not, for the run's report. */
        private List<String> notes(boolean icd10) throws SQLException {
            List<String> notes = new ArrayList<>();
            long patients = count("SELECT COUNT(*) FROM res");
            long placed = count("SELECT COUNT(*) FROM res WHERE placed");
            notes.add("patients.csv: " + patients + " patients; " + placed + " without an English LSOA placed in "
                    + options.defaultLsoa() + " and registered with " + options.defaultPractice() + "; "
                    + (patients - placed) + " with their own LSOA (no GP practice)");
            long spells = count("SELECT COUNT(*) FROM enc WHERE cls = 'inpatient'");
            long emergency = count("SELECT COUNT(*) FROM spell_link");
            notes.add("encounters.csv: " + spells + " inpatient encounters as hospital spells (" + emergency
                    + " emergency admissions, " + (spells - emergency) + " elective), "
                    + count("SELECT COUNT(*) FROM enc WHERE cls = 'emergency'")
                    + " emergency encounters as A&E attendances, " + count("SELECT COUNT(*) FROM enc WHERE cls = 'snf'")
                    + " snf encounters as short-term residential care");
            StringBuilder others = new StringBuilder();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT cls, COUNT(*) FROM enc WHERE cls NOT IN ('inpatient',"
                            + " 'emergency', 'snf') GROUP BY cls ORDER BY cls")) {
                while (r.next()) {
                    others.append(others.isEmpty() ? "" : ", ")
                            .append(r.getLong(2))
                            .append(' ')
                            .append(r.getString(1));
                }
            }
            if (!others.isEmpty()) {
                notes.add("encounters.csv: not mapped: " + others);
            }
            if (icd10) {
                notes.add("diagnoses: " + count("SELECT COUNT(*) FROM dx WHERE primary_diagnosis IS NOT NULL") + " of "
                        + spells + " spells with a primary ICD-10 diagnosis through "
                        + options.snomedIcd10().getFileName()
                        + "; "
                        + count("SELECT COUNT(DISTINCT code) FROM (SELECT code FROM v_conditions UNION ALL"
                                + " SELECT reasoncode FROM v_encounters WHERE LOWER(encounterclass) = 'inpatient') c"
                                + " WHERE code IS NOT NULL AND code NOT IN (SELECT snomed FROM snomed_icd10)")
                        + " SNOMED CT codes of conditions and inpatient reasons have no ICD-10 code there");
            } else {
                notes.add("diagnoses: Synthea codes them in SNOMED CT and no SNOMED CT to ICD-10 map was given"
                        + " (--snomed-icd10): spells carry no diagnoses");
            }
            return notes;
        }

        private List<InputProblem> listProblems() throws SQLException {
            List<InputProblem> list = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT file, row_number, field, reason FROM problems"
                            + " ORDER BY file_index, row_number, rowid LIMIT " + LIST_LIMIT)) {
                while (r.next()) {
                    list.add(new InputProblem(r.getString(1), r.getLong(2), r.getString(3), r.getString(4)));
                }
            }
            return list;
        }

        private void problem(int fileIndex, String file, long row, String field, String reason) throws SQLException {
            try (PreparedStatement p = db.prepareStatement("INSERT INTO problems VALUES (?, ?, ?, ?, ?)")) {
                p.setInt(1, fileIndex);
                p.setString(2, file);
                p.setLong(3, row);
                p.setString(4, field);
                p.setString(5, reason);
                p.executeUpdate();
            }
        }

        private String fill(String sql) {
            return sql.replace(":default_lsoa", literal(options.defaultLsoa()))
                    .replace(":default_practice", literal(options.defaultPractice()));
        }

        private void execute(String sql) throws SQLException {
            try (Statement s = db.createStatement()) {
                s.execute(sql);
            }
        }

        private long count(String sql) throws SQLException {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Optional<String> find(List<String> names, String column) {
        return names.stream().filter(n -> n.equalsIgnoreCase(column)).findFirst();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the mapping for
        }
    }
}
