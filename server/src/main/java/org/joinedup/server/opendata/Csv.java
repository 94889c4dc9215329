package org.joinedup.server.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small RFC 4180 reader and writer helper for the shipped files, kept package-private so it
 * can be swapped for the core CSV reader later. Handles quotes, doubled quotes, CRLF, a UTF-8 BOM and a tab
 * separator.
 */
final class Csv {

    /** One data row, with access by header name. */
    static final class Row {
        private final Map<String, Integer> index;
        private final List<String> cells;
        private final int line;

        Row(Map<String, Integer> index, List<String> cells, int line) {
            this.index = index;
            this.cells = cells;
            this.line = line;
        }

        /** The trimmed cell under {@code column}; empty string if the row is short. */
        String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column + " in " + index.keySet());
            }
            return i < cells.size() ? cells.get(i).trim() : "";
        }

        /** Row number as a spreadsheet shows it (header is row 1). */
        int line() {
            return line;
        }
    }

    interface RowHandler {
        void accept(Row row);
    }

    private Csv() {}

    static void read(InputStream in, char separator, RowHandler handler) throws IOException {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Parser p = new Parser(r, separator);
            List<String> header = p.next();
            if (header == null) {
                return;
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim();
                if (i == 0 && !h.isEmpty() && h.charAt(0) == '\uFEFF') {
                    h = h.substring(1);
                }
                index.putIfAbsent(h, i);
            }
            int line = 1;
            List<String> cells;
            while ((cells = p.next()) != null) {
                line++;
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                handler.accept(new Row(index, cells, line));
            }
        }
    }

    static void read(InputStream in, RowHandler handler) throws IOException {
        read(in, ',', handler);
    }

    /** Quotes a cell for output when needed (RFC 4180). */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static final class Parser {
        private final Reader in;
        private final char sep;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;

        Parser(Reader in, char sep) {
            this.in = in;
            this.sep = sep;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        private int peek() throws IOException {
            int c = read();
            if (c >= 0) {
                pos--;
            }
            return c;
        }

        List<String> next() throws IOException {
            int c = read();
            if (c < 0) {
                return null;
            }
            List<String> out = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new IOException("unterminated quoted field");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            sb.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        sb.append((char) c);
                    }
                } else if (c < 0 || c == '\n') {
                    out.add(sb.toString());
                    return out;
                } else if (c == '\r') {
                    if (peek() == '\n') {
                        read();
                    }
                    out.add(sb.toString());
                    return out;
                } else if (c == sep) {
                    out.add(sb.toString());
                    sb.setLength(0);
                } else if (c == '"' && sb.isEmpty()) {
                    quoted = true;
                } else {
                    sb.append((char) c);
                }
                c = read();
            }
        }
    }
}
