package org.joinedup.pipeline.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical input tables and their columns (docs/pipeline-input.md). A folder of input holds each
 * table as {@code <name>.csv}, {@code <name>.csv.gz}, {@code <name>.parquet} or a folder {@code <name>/} of
 * Parquet files. Columns marked derived are not read: validation adds them to the cleaned output.
 */
public enum CanonicalTable {
    PERSONS(
            "persons",
            "person_id",
            List.of(
                    Column.required("person_id", ColumnType.TEXT),
                    Column.required("year_of_birth", ColumnType.INTEGER),
                    Column.required("month_of_birth", ColumnType.INTEGER),
                    Column.required("sex", ColumnType.TEXT),
                    Column.optional("date_of_death", ColumnType.DATE),
                    Column.optional("ethnic_group", ColumnType.TEXT),
                    Column.derived("birth_date", ColumnType.DATE))),
    PERSON_RESIDENCE(
            "person_residence",
            null,
            List.of(
                    Column.required("person_id", ColumnType.TEXT),
                    Column.required("lsoa_code", ColumnType.TEXT),
                    Column.required("from_date", ColumnType.DATE),
                    Column.optional("to_date", ColumnType.DATE))),
    PERSON_REGISTRATION(
            "person_registration",
            null,
            List.of(
                    Column.required("person_id", ColumnType.TEXT),
                    Column.required("gp_practice_code", ColumnType.TEXT),
                    Column.required("from_date", ColumnType.DATE),
                    Column.optional("to_date", ColumnType.DATE))),
    HOSPITAL_SPELLS(
            "hospital_spells",
            "spell_id",
            List.of(
                    Column.required("spell_id", ColumnType.TEXT),
                    Column.required("person_id", ColumnType.TEXT),
                    Column.required("provider_code", ColumnType.TEXT),
                    Column.required("admission_date", ColumnType.DATE),
                    Column.required("admission_method", ColumnType.TEXT),
                    Column.optional("discharge_date", ColumnType.DATE),
                    Column.optional("discharge_destination", ColumnType.TEXT),
                    Column.required("primary_diagnosis", ColumnType.TEXT),
                    Column.optional("secondary_diagnoses", ColumnType.TEXT),
                    Column.optional("main_specialty", ColumnType.TEXT),
                    Column.optional("discharge_ready_date", ColumnType.DATE),
                    Column.derived("admission_group", ColumnType.TEXT),
                    Column.derived("length_of_stay", ColumnType.INTEGER))),
    AE_ATTENDANCES(
            "ae_attendances",
            "attendance_id",
            List.of(
                    Column.required("attendance_id", ColumnType.TEXT),
                    Column.required("person_id", ColumnType.TEXT),
                    Column.required("provider_code", ColumnType.TEXT),
                    Column.required("arrival_time", ColumnType.TIMESTAMP),
                    Column.optional("departure_time", ColumnType.TIMESTAMP),
                    Column.required("department_type", ColumnType.TEXT),
                    Column.optional("disposal", ColumnType.TEXT),
                    Column.derived("minutes_in_department", ColumnType.INTEGER))),
    SOCIAL_CARE_EVENTS(
            "social_care_events",
            "event_id",
            List.of(
                    Column.required("event_id", ColumnType.TEXT),
                    Column.required("person_id", ColumnType.TEXT),
                    Column.required("local_authority_code", ColumnType.TEXT),
                    Column.required("event_type", ColumnType.TEXT),
                    Column.required("start_date", ColumnType.DATE),
                    Column.optional("end_date", ColumnType.DATE),
                    Column.optional("following_hospital_discharge", ColumnType.BOOLEAN),
                    Column.optional("funding", ColumnType.TEXT)));

    /** How a column is typed in Parquet and in the cleaned output; CSV holds text. */
    public enum ColumnType {
        TEXT("VARCHAR"),
        INTEGER("INTEGER"),
        DATE("DATE"),
        TIMESTAMP("TIMESTAMP"),
        BOOLEAN("BOOLEAN");

        private final String sqlType;

        ColumnType(String sqlType) {
            this.sqlType = sqlType;
        }

        /** The DuckDB type name. */
        public String sqlType() {
            return sqlType;
        }
    }

    /**
     * A column. Required: the file must have it and every row a value. Optional: the file must have it,
     * the value may be empty. Derived: computed by validation, not read.
     */
    public record Column(String name, ColumnType type, boolean required, boolean derived) {
        static Column required(String name, ColumnType type) {
            return new Column(name, type, true, false);
        }

        static Column optional(String name, ColumnType type) {
            return new Column(name, type, false, false);
        }

        static Column derived(String name, ColumnType type) {
            return new Column(name, type, false, true);
        }
    }

    private final String tableName;
    private final String idColumn;
    private final List<Column> columns;

    CanonicalTable(String tableName, String idColumn, List<Column> columns) {
        this.tableName = tableName;
        this.idColumn = idColumn;
        this.columns = columns;
    }

    public String tableName() {
        return tableName;
    }

    /** The column whose values must be unique, or null (history tables have none). */
    public String idColumn() {
        return idColumn;
    }

    /** Every column, derived ones last. */
    public List<Column> columns() {
        return columns;
    }

    /** The columns a file must have, in order. */
    public List<Column> inputColumns() {
        return columns.stream().filter(c -> !c.derived()).toList();
    }

    /** Column names of the input file, in order (the header a writer uses). */
    public List<String> inputColumnNames() {
        return inputColumns().stream().map(Column::name).toList();
    }

    /** The DuckDB column list {@code {'a': 'VARCHAR', ...}} of the input columns, for read_csv. */
    public String duckDbColumns() {
        List<String> parts = new ArrayList<>();
        for (Column c : inputColumns()) {
            parts.add("'" + c.name() + "': '" + c.type().sqlType() + "'");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** True for the tables whose rows belong to a person in {@code persons}. */
    public boolean belongsToPerson() {
        return this != PERSONS;
    }

    /** The file or folder holding this table in a folder, if any; more than one is an error. */
    public Optional<Path> findIn(Path folder) {
        List<Path> found = new ArrayList<>();
        for (String suffix : List.of(".csv", ".csv.gz", ".parquet", "")) {
            Path candidate = folder.resolve(tableName + suffix);
            if (suffix.isEmpty() ? Files.isDirectory(candidate) : Files.isRegularFile(candidate)) {
                found.add(candidate);
            }
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(folder + " holds " + tableName + " more than once: " + found);
        }
        return found.stream().findFirst();
    }

    public static Optional<CanonicalTable> byName(String name) {
        for (CanonicalTable t : values()) {
            if (t.tableName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
