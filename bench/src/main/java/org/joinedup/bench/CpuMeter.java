package org.joinedup.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of a process, or of a process and its children, from Linux's /proc (user + system, in
 * milliseconds). On a machine shared with other work, wall-clock latencies depend on the load; CPU time per
 * page says what a page costs.
 */
final class CpuMeter {
    private static final double MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private final long pid;
    private final boolean withChildren;

    private CpuMeter(long pid, boolean withChildren) {
        this.pid = pid;
        this.withChildren = withChildren;
    }

    /** The process's own CPU time (all its threads). */
    static CpuMeter of(long pid) {
        return new CpuMeter(pid, false);
    }

    /** The process, its live children and the children it has reaped: a PostgreSQL postmaster and its backends. */
    static CpuMeter tree(long pid) {
        return new CpuMeter(pid, true);
    }

    /** CPU milliseconds so far; 0 where /proc cannot be read. */
    double millis() {
        try {
            long[] own = stat(pid);
            if (own == null) {
                return 0;
            }
            long ticks = own[0] + own[1];
            if (withChildren) {
                ticks += own[2] + own[3];
                try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                    for (Path process : processes) {
                        long[] s = stat(Long.parseLong(process.getFileName().toString()));
                        if (s != null && s[4] == pid) {
                            ticks += s[0] + s[1];
                        }
                    }
                }
            }
            return ticks * MILLIS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime, stime, cutime, cstime, ppid of a process, or null if it is gone. */
    private static long[] stat(long pid) {
        String text;
        try {
            text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return null;
        }
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
        return new long[] {
            Long.parseLong(f[11]),
            Long.parseLong(f[12]),
            Long.parseLong(f[13]),
            Long.parseLong(f[14]),
            Long.parseLong(f[1])
        };
    }

    /** The one-minute load average, or NaN. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
