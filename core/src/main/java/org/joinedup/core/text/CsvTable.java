package org.joinedup.core.text;

import java.util.List;

/** A whole CSV file held in memory: for small files such as the catalogue. */
public record CsvTable(String source, CsvHeader header, List<CsvRow> rows) {
    public CsvTable {
        rows = List.copyOf(rows);
    }
}
