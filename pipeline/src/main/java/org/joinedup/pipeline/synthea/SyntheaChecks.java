package org.joinedup.pipeline.synthea;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the values of a Synthea export, as SQL over the staged files ({@link SyntheaFile#view()}:
 * a row number and the columns trimmed, lower case named, empty as null). Each check selects the rows
 * that fail it with the reason; {@link SyntheaMapper} collects them in a table of problems.
 */
final class SyntheaChecks {
    /** A check: the file, the column (as its header names it, for the message), the failing rows. */
    record Check(SyntheaFile file, String column, String sql) {}

    /** Dates as Synthea writes them: {@code 2024-04-01}, or a time in ISO 8601 ({@code T}, optional {@code Z}). */
    static final String TIME_MACRO = "CREATE MACRO syn_time(x) AS CASE"
            + " WHEN regexp_full_match(x,"
            + " '[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?Z?)?')"
            + " THEN TRY_CAST(REPLACE(REPLACE(x, 'T', ' '), 'Z', '') AS TIMESTAMP) END";

    private static final String DATE = " is not a date (YYYY-MM-DD)";
    private static final String DATE_TIME = " is not a date and time (YYYY-MM-DDTHH:MM:SSZ)";

    private final HeaderNames names;
    private final List<Check> checks = new ArrayList<>();

    /** The header names as found in each file, for the messages. */
    @FunctionalInterface
    interface HeaderNames {
        String of(SyntheaFile file, String column);
    }

    private SyntheaChecks(HeaderNames names) {
        this.names = names;
    }

    /**
     * The checks of the files that could be read.
     *
     * @param patientsRead whether patients.csv was read whole, so that an unknown PATIENT can be told
     */
    static List<Check> of(List<SyntheaFile> readable, boolean patientsRead, HeaderNames names) {
        SyntheaChecks c = new SyntheaChecks(names);
        if (readable.contains(SyntheaFile.PATIENTS)) {
            SyntheaFile f = SyntheaFile.PATIENTS;
            c.required(f, "id");
            c.unique(f, "id");
            c.required(f, "birthdate");
            c.time(f, "birthdate", DATE);
            c.time(f, "deathdate", DATE);
            c.notBefore(f, "deathdate", "birthdate");
            c.required(f, "gender");
            c.add(
                    f,
                    "gender",
                    "gender IS NOT NULL AND UPPER(gender) NOT IN ('M', 'F')",
                    "'''' || gender || ''' is not M or F'");
        }
        if (readable.contains(SyntheaFile.ENCOUNTERS)) {
            SyntheaFile f = SyntheaFile.ENCOUNTERS;
            c.required(f, "id");
            c.unique(f, "id");
            c.required(f, "start");
            c.time(f, "start", DATE_TIME);
            c.time(f, "stop", DATE_TIME);
            c.notBefore(f, "stop", "start");
            c.required(f, "patient");
            if (patientsRead) {
                c.knownPatient(f);
            }
            c.required(f, "encounterclass");
        }
        if (readable.contains(SyntheaFile.CONDITIONS)) {
            SyntheaFile f = SyntheaFile.CONDITIONS;
            c.required(f, "start");
            c.time(f, "start", DATE);
            c.time(f, "stop", DATE);
            c.notBefore(f, "stop", "start");
            c.required(f, "patient");
            if (patientsRead) {
                c.knownPatient(f);
            }
            c.required(f, "code");
        }
        return List.copyOf(c.checks);
    }

    private void add(SyntheaFile file, String column, String where, String reason) {
        checks.add(new Check(
                file,
                names.of(file, column),
                "SELECT row_number, " + reason + " AS reason FROM " + file.view() + " WHERE " + where));
    }

    private void required(SyntheaFile file, String column) {
        add(file, column, column + " IS NULL", "'missing value'");
    }

    private void unique(SyntheaFile file, String column) {
        checks.add(new Check(
                file,
                names.of(file, column),
                "SELECT row_number, 'duplicate " + names.of(file, column) + " ''' || " + column
                        + " || ''' (first at row ' || CAST(first_row AS VARCHAR) || ')' AS reason"
                        + " FROM (SELECT row_number, " + column + ", MIN(row_number) OVER (PARTITION BY " + column
                        + ") AS first_row FROM " + file.view() + " WHERE " + column + " IS NOT NULL)"
                        + " WHERE row_number > first_row"));
    }

    private void time(SyntheaFile file, String column, String expected) {
        add(
                file,
                column,
                column + " IS NOT NULL AND syn_time(" + column + ") IS NULL",
                "'''' || " + column + " || '''" + expected + "'");
    }

    private void notBefore(SyntheaFile file, String later, String earlier) {
        add(
                file,
                later,
                "syn_time(" + later + ") < syn_time(" + earlier + ")",
                "'''' || " + later + " || ''' is before " + names.of(file, earlier) + " ''' || " + earlier
                        + " || ''''");
    }

    private void knownPatient(SyntheaFile file) {
        add(
                file,
                "patient",
                "patient IS NOT NULL AND patient NOT IN (SELECT id FROM " + SyntheaFile.PATIENTS.view()
                        + " WHERE id IS NOT NULL)",
                "'unknown " + names.of(file, "patient") + " ''' || patient || ''': not in patients.csv'");
    }
}
