package org.joinedup.server.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;

/**
 * What a page shows: an area, a period and the date the figures are read as at. Every page takes it from the
 * URL ({@code area}, {@code period}, {@code asat}), so a link shares exactly what its reader saw.
 *
 * @param period the reporting period chosen; null for each metric's latest
 * @param asAt the day the figures are read as at (as the store held them at its end); null for now
 * @param notice what was asked for but could not be shown, in words; null when everything was understood
 */
public record ViewChoice(Area area, Period period, LocalDate asAt, String notice) {
    public static final String ENGLAND = "E92000001";

    /** The query string that reproduces this choice, starting with {@code ?}, or empty for the defaults. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (!ENGLAND.equals(area.code())) {
            parts.add("area=" + encode(area.code()));
        }
        if (period != null) {
            parts.add("period=" + encode(period.label()));
        }
        if (asAt != null) {
            parts.add("asat=" + asAt);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** A path with this choice appended, e.g. {@code link("/compare")}. */
    public String link(String path) {
        String query = query();
        if (query.isEmpty()) {
            return path;
        }
        return path + (path.contains("?") ? "&" + query.substring(1) : query);
    }

    /** The same choice for another area. */
    public ViewChoice withArea(Area other) {
        return new ViewChoice(other, period, asAt, null);
    }

    /** The period in words, e.g. "latest available" or "2024-25". */
    public String periodText() {
        return period == null ? "latest available" : period.label();
    }

    /** True when a period ends within the choice: on or before the chosen period's end. */
    public boolean admits(Period candidate) {
        return period == null || !candidate.end().isAfter(period.end());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
