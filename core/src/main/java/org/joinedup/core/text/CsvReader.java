package org.joinedup.core.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams the rows of an RFC 4180 CSV text one at a time, so files with millions of rows need no more
 * memory than one row. Accepts CRLF, LF or CR line ends, strips a leading byte order mark and skips
 * rows that are entirely empty (their numbers still count, as in a spreadsheet). Every row must have
 * as many fields as the header. The caller owns and closes the {@link Reader}.
 */
public final class CsvReader implements Iterator<CsvRow> {
    private static final int BUFFER_SIZE = 1 << 16;
    private static final char BOM = '\uFEFF';

    private final Reader reader;
    private final String source;
    private final char[] buffer = new char[BUFFER_SIZE];
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>();
    private final CsvHeader header;
    private int length;
    private int position;
    private int lineNumber;
    private CsvRow next;

    CsvReader(Reader reader, String source) {
        this.reader = reader;
        this.source = source;
        if (peek() == BOM) {
            position++;
        }
        if (!readRecord()) {
            throw new CsvFormatException(source, 1, "the file is empty: a header row is needed");
        }
        List<String> names = new ArrayList<>(fields.size());
        for (String name : fields) {
            names.add(name.strip());
        }
        this.header = new CsvHeader(names, source);
    }

    public CsvHeader header() {
        return header;
    }

    public String source() {
        return source;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!readRecord()) {
                return false;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue; // an empty line
            }
            if (fields.size() != header.size()) {
                throw new CsvFormatException(
                        source,
                        lineNumber,
                        "expected " + header.size() + " fields as in the header but found " + fields.size());
            }
            next = CsvRow.of(lineNumber, header, fields.toArray(new String[0]));
        }
        return true;
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRow row = next;
        next = null;
        return row;
    }

    /** Reads one record into {@link #fields}; false at end of input. */
    private boolean readRecord() {
        fields.clear();
        if (peek() < 0) {
            return false;
        }
        lineNumber++;
        int startLine = lineNumber;
        while (true) {
            field.setLength(0);
            int c = peek();
            if (c == '"') {
                position++;
                readQuoted(startLine);
                c = peek();
                if (c != ',' && c != '\r' && c != '\n' && c >= 0) {
                    throw new CsvFormatException(
                            source,
                            startLine,
                            "unexpected '" + (char) c + "' after the closing quote of field " + (fields.size() + 1)
                                    + " (a quote inside a quoted field is written as two quotes)");
                }
            } else {
                readPlain();
            }
            fields.add(field.toString());
            c = read();
            if (c == ',') {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                position++;
            }
            return true;
        }
    }

    private void readPlain() {
        while (true) {
            if (position >= length && !fill()) {
                return;
            }
            int start = position;
            while (position < length) {
                char ch = buffer[position];
                if (ch == ',' || ch == '\n' || ch == '\r') {
                    field.append(buffer, start, position - start);
                    return;
                }
                position++;
            }
            field.append(buffer, start, position - start);
        }
    }

    private void readQuoted(int startLine) {
        while (true) {
            if (position >= length && !fill()) {
                throw new CsvFormatException(
                        source,
                        startLine,
                        "unterminated quote in field " + (fields.size() + 1) + ": the file ends inside quotes");
            }
            int start = position;
            while (position < length && buffer[position] != '"') {
                position++;
            }
            field.append(buffer, start, position - start);
            if (position < length) {
                position++; // the quote
                if (peek() != '"') {
                    return;
                }
                field.append('"'); // a doubled quote stands for one
                position++;
            }
        }
    }

    private int peek() {
        if (position >= length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private boolean fill() {
        try {
            int n = reader.read(buffer, 0, buffer.length);
            while (n == 0) {
                n = reader.read(buffer, 0, buffer.length);
            }
            position = 0;
            length = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
