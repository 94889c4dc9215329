package org.joinedup.bench;

import java.io.PrintStream;
import java.util.Locale;

/** A progress line on stderr for long phases: rows done, the total if known, and the rate. */
final class Progress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String phase;
    private final long total;
    private final PrintStream err = System.err;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private boolean printed;

    Progress(String phase, long total) {
        this.phase = phase;
        this.total = total;
    }

    static Progress none() {
        return new Progress(null, 0);
    }

    /** Cheap to call often: prints at most once a second. */
    void update(long done) {
        if (phase == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        printed = true;
        err.print("\r" + line(done, now) + "   ");
        err.flush();
    }

    void done(long done) {
        if (phase == null) {
            return;
        }
        if (printed) {
            err.println("\r" + line(done, System.nanoTime()) + " done");
        }
    }

    private String line(long done, long now) {
        double seconds = (now - start) / 1e9;
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d (%.0f%%)", total, 100.0 * done / total) : "";
        return String.format(
                Locale.ROOT, "  %s: %,d rows%s, %,.0f rows/s, %.0f s", phase, done, of, done / seconds, seconds);
    }
}
