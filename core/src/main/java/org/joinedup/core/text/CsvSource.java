package org.joinedup.core.text;

import java.io.Reader;
import java.util.Objects;

/** Text to parse and the name (usually the file name) to use for it in error messages. */
public record CsvSource(String name, Reader reader) {
    public CsvSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
    }

    public static CsvSource of(String name, String text) {
        return new CsvSource(name, new java.io.StringReader(text));
    }
}
