package org.joinedup.server.opendata;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of source rows that were skipped or adjusted while loading, per dataset and reason. Nothing is
 * dropped silently: every skip goes through {@link #skip}.
 */
public final class LoadReport {

    private final Map<String, Map<String, Integer>> skipped = new TreeMap<>();
    private final Map<String, Integer> read = new TreeMap<>();
    private final Map<String, Integer> notes = new TreeMap<>();
    private long elapsedMillis;

    void skip(String dataset, String reason) {
        skipped.computeIfAbsent(dataset, k -> new TreeMap<>()).merge(reason, 1, Integer::sum);
    }

    void read(String dataset) {
        read.merge(dataset, 1, Integer::sum);
    }

    /** Informational counts that are not skips (e.g. a PCN spanning two sub-ICBs). */
    void note(String what) {
        notes.merge(what, 1, Integer::sum);
    }

    void elapsedMillis(long ms) {
        this.elapsedMillis = ms;
    }

    /** dataset -> reason -> rows skipped. */
    public Map<String, Map<String, Integer>> skipped() {
        return skipped;
    }

    /** dataset -> source rows read. */
    public Map<String, Integer> rowsRead() {
        return read;
    }

    public Map<String, Integer> notes() {
        return notes;
    }

    public int skipped(String dataset, String reason) {
        return skipped.getOrDefault(dataset, Map.of()).getOrDefault(reason, 0);
    }

    public int totalSkipped() {
        return skipped.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Open data load in " + elapsedMillis + " ms\n");
        read.forEach(
                (d, n) -> sb.append("  read ").append(d).append(": ").append(n).append('\n'));
        skipped.forEach((d, m) -> m.forEach((r, n) -> sb.append("  skipped ")
                .append(d)
                .append(": ")
                .append(r)
                .append(": ")
                .append(n)
                .append('\n')));
        notes.forEach(
                (w, n) -> sb.append("  note ").append(w).append(": ").append(n).append('\n'));
        return sb.toString();
    }
}
