package org.joinedup.server.store;

/** Fields in PostgreSQL's COPY text format. */
final class CopyText {
    private CopyText() {}

    static StringBuilder number(StringBuilder line, Double value) {
        return value == null ? line.append("\\N") : line.append(value.doubleValue());
    }

    /** Backslash, tab and line breaks must be escaped. */
    static StringBuilder text(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }
}
