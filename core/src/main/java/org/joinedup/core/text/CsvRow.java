package org.joinedup.core.text;

import java.util.Arrays;
import java.util.List;

/**
 * One data row of a CSV file.
 *
 * @param number the spreadsheet row number (the header is row 1), counting a quoted field that spans
 *     lines as one row, as a spreadsheet does
 */
public record CsvRow(int number, CsvHeader header, List<String> values) {
    public CsvRow {
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                    "row " + number + " has " + values.size() + " values for " + header.size() + " columns");
        }
    }

    static CsvRow of(int number, CsvHeader header, String[] values) {
        return new CsvRow(number, header, Arrays.asList(values));
    }

    /** The value in the named column, or "" when the file has no such column (optional columns). */
    public String get(String column) {
        Integer i = header.index().get(column);
        return i == null ? "" : values.get(i);
    }

    public String get(int column) {
        return values.get(column);
    }

    /** True when every value is empty or blank: spreadsheets leave such rows at the end of files. */
    public boolean isBlank() {
        for (String v : values) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
