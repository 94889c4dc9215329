package org.joinedup.server.boardpack;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to the application's log (logger {@code com.openhtmltopdf}, warnings and
 * above by default) rather than to the console, where it writes them itself.
 */
final class PdfLog implements XRLogger {
    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    private PdfLog() {}

    /** Installs it, once per JVM (the renderer's logger is global). */
    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, message, error);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, error);
        } else if (value >= Level.INFO.intValue()) {
            log.debug("{}: {}", where, message, error);
        } else {
            log.trace("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the application's logging settings.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
