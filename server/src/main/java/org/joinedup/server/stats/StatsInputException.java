package org.joinedup.server.stats;

/**
 * Input the stats command cannot use. The message names the file, the spreadsheet row (the header is row 1),
 * the column and the reason, as {@code in.csv, row 4, column numerator, value '-3': numerators must be ...}.
 */
final class StatsInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StatsInputException(String message) {
        super(message);
    }

    /** A problem with one cell. */
    static StatsInputException cell(String file, int row, String column, String value, String reason) {
        return new StatsInputException(
                file + ", row " + row + ", column " + column + ", value '" + value + "': " + reason);
    }

    /** A problem with a column as a whole (for example, it is missing from the header, row 1). */
    static StatsInputException column(String file, String column, String reason) {
        return new StatsInputException(file + ", row 1, column " + column + ": " + reason);
    }

    /** A problem with a group of rows (one area's age bands, one series). */
    static StatsInputException rows(String file, String rows, String column, String reason) {
        return new StatsInputException(
                file + ", " + rows + (column == null ? "" : ", column " + column) + ": " + reason);
    }
}
