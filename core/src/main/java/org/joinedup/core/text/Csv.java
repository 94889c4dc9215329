package org.joinedup.core.text;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Entry point for reading RFC 4180 CSV text. */
public final class Csv {
    private Csv() {}

    /** Streams rows; reads the header at once (so an empty file fails here). */
    public static CsvReader open(Reader reader, String source) {
        return new CsvReader(reader, source);
    }

    public static CsvTable read(Reader reader, String source) {
        CsvReader csv = open(reader, source);
        List<CsvRow> rows = new ArrayList<>();
        csv.forEachRemaining(rows::add);
        return new CsvTable(source, csv.header(), rows);
    }

    public static CsvTable read(String text, String source) {
        return read(new StringReader(text), source);
    }

    public static CsvTable read(CsvSource source) {
        return read(source.reader(), source.name());
    }
}
