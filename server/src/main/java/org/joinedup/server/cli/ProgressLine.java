package org.joinedup.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.joinedup.server.submission.SubmissionProgress;

/** A one-line progress display on standard error, redrawn in place, at most a few times a second. */
final class ProgressLine implements SubmissionProgress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String file;
    private long lastDraw;

    ProgressLine(PrintWriter err, String file) {
        this.err = err;
        this.file = file;
    }

    @Override
    public void update(String step, long done, long total) {
        long now = System.nanoTime();
        boolean finished = total >= 0 && done >= total;
        if (!finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String text = total > 0
                ? String.format(Locale.UK, "%s: %s %,d of %,d rows (%d%%)", file, step, done, total, done * 100 / total)
                : String.format(Locale.UK, "%s: %s...", file, step);
        err.print("\r" + text + " ".repeat(Math.max(0, 10)));
        err.flush();
    }

    void finish() {
        err.print("\r\033[K");
        err.flush();
    }
}
