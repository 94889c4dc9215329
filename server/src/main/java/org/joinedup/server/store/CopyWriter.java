package org.joinedup.server.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** A buffered UTF-8 writer onto a PostgreSQL COPY ... FROM STDIN. */
final class CopyWriter extends Writer {
    private static final int BUFFER = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder pending = new StringBuilder(BUFFER + 1024);

    CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        pending.append(chars, offset, length);
        flushIfFull();
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        pending.append(text);
        flushIfFull();
        return this;
    }

    private void flushIfFull() throws IOException {
        if (pending.length() >= BUFFER) {
            flush();
        }
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
