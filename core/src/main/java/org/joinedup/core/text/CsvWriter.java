package org.joinedup.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Writes RFC 4180 CSV, quoting only the fields that need it. Lines end with LF, which every reader
 * (and every spreadsheet) accepts and which keeps files diff-friendly in git.
 */
public final class CsvWriter {
    private final Appendable out;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    public CsvWriter row(String... values) {
        return row(Arrays.asList(values));
    }

    public CsvWriter row(List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendField(out, values.get(i));
            }
            out.append('\n');
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field as it should appear in a file; null is written as an empty field. */
    public static String field(String value) {
        StringBuilder sb = new StringBuilder();
        try {
            appendField(sb, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static void appendField(Appendable out, String value) throws IOException {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        // Leading or trailing spaces are quoted so that spreadsheets and trimming readers keep them.
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
