package org.joinedup.pipeline.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What validation found and did.
 *
 * @param tables one line per input file read
 * @param problemCount every problem found (a row may have several)
 * @param problems the first problems, in table order then row order (all of them up to the listing limit)
 * @param stored true when the cleaned input was written to the work folder
 * @param workFolder where the cleaned Parquet files are (when stored)
 * @param skippedRowsFile the CSV listing every skipped row and why (when rows were skipped), else null
 * @param elapsedMillis the whole run
 */
public record ValidationReport(
        List<TableResult> tables,
        long problemCount,
        List<InputProblem> problems,
        boolean stored,
        Path workFolder,
        Path skippedRowsFile,
        long elapsedMillis) {

    /**
     * One input file.
     *
     * @param rowsRead data rows in the file
     * @param rowsSkipped rows with at least one problem
     * @param rowsWritten rows in the cleaned output (0 when nothing was stored)
     */
    public record TableResult(String table, String file, long rowsRead, long rowsSkipped, long rowsWritten) {}

    public boolean hasProblems() {
        return problemCount > 0;
    }

    public long rowsRead() {
        return tables.stream().mapToLong(TableResult::rowsRead).sum();
    }

    /** Rows read per second over the whole run. */
    public double rowsPerSecond() {
        return elapsedMillis == 0 ? rowsRead() * 1000.0 : rowsRead() * 1000.0 / elapsedMillis;
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (TableResult t : tables) {
            sb.append(String.format(
                    Locale.UK,
                    "%-22s %-28s %,12d rows read %,10d with problems %,12d written%n",
                    t.table(),
                    t.file(),
                    t.rowsRead(),
                    t.rowsSkipped(),
                    t.rowsWritten()));
        }
        sb.append(String.format(
                Locale.UK,
                "%,d rows in %.1f s (%,.0f rows/s); %,d problems; %s",
                rowsRead(),
                elapsedMillis / 1000.0,
                rowsPerSecond(),
                problemCount,
                stored ? "cleaned input written to " + workFolder : "nothing stored"));
        if (skippedRowsFile != null) {
            sb.append("; skipped rows listed in ").append(skippedRowsFile);
        }
        return sb.toString();
    }
}
