package org.joinedup.bench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Peak memory over one timed step, sampled every 100 ms: the JVM heap in use, an engine's own memory
 * (DuckDB's {@code duckdb_memory()}), and the process's
 * resident set, from {@code /proc/self/status} (VmHWM, the kernel's high-water mark, reset at the start
 * through {@code /proc/self/clear_refs} where the kernel allows it, else sampled VmRSS).
 */
final class MemorySampler implements AutoCloseable {
    /** Peaks in bytes; {@code rssReset} false when VmHWM could not be reset (then rss is the sampled peak). */
    record Peaks(long heap, long engine, long rss, boolean rssReset) {}

    private final LongSupplier engine;
    private final Thread thread;
    private final boolean rssReset;
    private volatile boolean running = true;
    private volatile long enginePeak;
    private volatile long rssPeak;
    private volatile long heapPeak;

    MemorySampler(LongSupplier engine) {
        this.engine = engine;
        System.gc();
        rssReset = resetHighWaterMark();
        thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            try {
                enginePeak = Math.max(enginePeak, engine.getAsLong());
            } catch (RuntimeException e) {
                // the engine closed under us: keep the peak so far
            }
            rssPeak = Math.max(rssPeak, status("VmRSS:"));
            heapPeak = Math.max(
                    heapPeak,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Peaks stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long heap = Math.max(
                heapPeak,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long rss = rssReset ? status("VmHWM:") : Math.max(rssPeak, status("VmRSS:"));
        return new Peaks(heap, enginePeak, rss, rssReset);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** Resets the process's peak resident set to its current size (Linux 4.0 and later). */
    private static boolean resetHighWaterMark() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A {@code kB} line of /proc/self/status in bytes, 0 when it cannot be read. */
    static long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length())
                                    .replace("kB", "")
                                    .strip())
                            * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
