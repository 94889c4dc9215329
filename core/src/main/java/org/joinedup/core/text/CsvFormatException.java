package org.joinedup.core.text;

/** A CSV file that cannot be read: says which file, which spreadsheet row and why. */
public final class CsvFormatException extends RuntimeException {
    private final String source;
    private final int row;
    private final String reason;

    public CsvFormatException(String source, int row, String reason) {
        super(source + " row " + row + ": " + reason);
        this.source = source;
        this.row = row;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** Spreadsheet row number: the header is row 1. */
    public int row() {
        return row;
    }

    public String reason() {
        return reason;
    }
}
