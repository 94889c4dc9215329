package org.joinedup.bench;

/** Small byte-level formatting helpers for CSV and COPY text. */
final class Bytes {
    private static final long[] POW10 = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L
    };

    private Bytes() {}

    static long pow10(int n) {
        return POW10[n];
    }

    /** Writes a non-negative or negative long in decimal; returns the new position. */
    static int putLong(byte[] buffer, int at, long value) {
        if (value < 0) {
            buffer[at++] = '-';
            value = -value;
        }
        if (value < 10) {
            buffer[at++] = (byte) ('0' + value);
            return at;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        int end = at + digits;
        for (int i = end - 1; i >= at; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return end;
    }

    /** Writes scaled / 10^scale with exactly scale decimals (scale 0: an integer). */
    static int putDecimal(byte[] buffer, int at, long scaled, int scale) {
        if (scale == 0) {
            return putLong(buffer, at, scaled);
        }
        if (scaled < 0) {
            buffer[at++] = '-';
            scaled = -scaled;
        }
        long p = POW10[scale];
        at = putLong(buffer, at, scaled / p);
        buffer[at++] = '.';
        long fraction = scaled % p;
        for (int i = scale - 1; i >= 0; i--) {
            buffer[at + i] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        return at + scale;
    }
}
