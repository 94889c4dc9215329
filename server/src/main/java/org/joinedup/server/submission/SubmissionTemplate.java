package org.joinedup.server.submission;

import java.util.List;
import java.util.Locale;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;

/**
 * A ready-to-fill submission file: one row per metric of a set for an area, with the period when it
 * is given, and the numbers left for the submitter.
 */
public final class SubmissionTemplate {
    private SubmissionTemplate() {}

    /**
     * @param set a metric set such as {@code bcf}, or empty for every metric
     * @param period a period label, or null to leave the period column empty
     */
    public static String csv(Catalogue catalogue, String set, Area area, String period) {
        StringBuilder out = new StringBuilder();
        CanonicalCsv csv = CanonicalCsv.withHeader(out);
        for (MetricDefinition definition : definitions(catalogue, set, area, period)) {
            csv.row(definition.id(), area.code(), period == null ? "" : period, "", null, null, null, "final");
        }
        return out.toString();
    }

    static List<MetricDefinition> definitions(Catalogue catalogue, String set, Area area, String period) {
        List<Metric> metrics = set == null || set.isBlank() ? catalogue.metrics() : catalogue.metricsInSet(set);
        return metrics.stream()
                .map(metric -> version(metric, period))
                .filter(d ->
                        d != null && (d.areaTypes().isEmpty() || d.areaTypes().contains(area.type())))
                .toList();
    }

    private static MetricDefinition version(Metric metric, String period) {
        if (period == null || period.isBlank()) {
            return metric.latest();
        }
        Period parsed = Period.parse(period, metric.latest().frequency());
        return metric.versionFor(parsed)
                .filter(d -> d.frequency().allows(parsed.type()))
                .orElse(null);
    }

    /** A file name such as {@code joinedup-template-bcf-E06000001.csv}. */
    public static String fileName(String set, Area area) {
        String name = set == null || set.isBlank() ? "all" : set.toLowerCase(Locale.ROOT);
        return "joinedup-template-" + name + "-" + area.code() + ".csv";
    }
}
