package org.joinedup.bench.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.observation.Observation;
import org.joinedup.pipeline.input.Codes;

/**
 * The pipeline's total rows for GP practices of some metrics ({numerator, denominator} by practice and
 * period), kept from a run's observations to check the hand-written queries against.
 */
final class PracticeTotals {
    private final Set<String> metrics;
    private final Map<String, Map<String, double[]>> rows = new HashMap<>();

    PracticeTotals(Set<String> metrics) {
        this.metrics = metrics;
    }

    static String key(String practice, String period) {
        return practice + "|" + period;
    }

    void accept(String metricId, List<Observation> observations) {
        if (!metrics.contains(metricId)) {
            return;
        }
        Map<String, double[]> out = rows.computeIfAbsent(metricId, k -> new HashMap<>());
        for (Observation o : observations) {
            String area = o.key().areaCode();
            if (!o.key().breakdown().label().isEmpty() || !Codes.practiceShape(area)) {
                continue;
            }
            out.put(key(area, o.key().period().label()), new double[] {
                o.numerator() == null ? 0 : o.numerator(), o.denominator() == null ? 0 : o.denominator()
            });
        }
    }

    /** Rows that differ between the pipeline and a hand-written result (missing on either side included). */
    int differences(String metricId, Map<String, double[]> handWritten, StringBuilder firstFew) {
        Map<String, double[]> mine = rows.getOrDefault(metricId, Map.of());
        int differ = 0;
        for (Map.Entry<String, double[]> e : handWritten.entrySet()) {
            double[] p = mine.get(e.getKey());
            if (p == null || p[0] != e.getValue()[0] || p[1] != e.getValue()[1]) {
                differ++;
                note(firstFew, differ, e.getKey(), p, e.getValue());
            }
        }
        for (Map.Entry<String, double[]> e : mine.entrySet()) {
            if (!handWritten.containsKey(e.getKey())) {
                differ++;
                note(firstFew, differ, e.getKey(), e.getValue(), null);
            }
        }
        return differ;
    }

    int size(String metricId) {
        return rows.getOrDefault(metricId, Map.of()).size();
    }

    private static void note(StringBuilder sb, int n, String key, double[] pipeline, double[] hand) {
        if (n <= 5) {
            sb.append("\n    ")
                    .append(key)
                    .append(": pipeline ")
                    .append(pipeline == null ? "none" : pipeline[0] + "/" + pipeline[1])
                    .append(", hand-written ")
                    .append(hand == null ? "none" : hand[0] + "/" + hand[1]);
        }
    }
}
