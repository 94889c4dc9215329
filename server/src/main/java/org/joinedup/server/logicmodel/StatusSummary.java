package org.joinedup.server.logicmodel;

import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.benchmark.BenchmarkResult;

/**
 * The count of a box's metrics by what their figures say, e.g. "vs England: 2 better, 1 worse; 1 improving;
 * 1 no data". Comparisons with England are counted only where the area is not England.
 */
public record StatusSummary(
        int metrics,
        int withFigure,
        int better,
        int similar,
        int worse,
        int higher,
        int lower,
        int notCompared,
        int improving,
        int deteriorating) {

    public static StatusSummary of(List<MetricReading> readings) {
        int withFigure = 0;
        int better = 0;
        int similar = 0;
        int worse = 0;
        int higher = 0;
        int lower = 0;
        int notCompared = 0;
        int improving = 0;
        int deteriorating = 0;
        for (MetricReading r : readings) {
            if (!r.hasFigure()) {
                continue;
            }
            withFigure++;
            if (r.better()) {
                better++;
            } else if (r.worse()) {
                worse++;
            } else if (r.vsEngland() == BenchmarkResult.SIMILAR) {
                similar++;
            } else if (r.vsEngland() == BenchmarkResult.HIGHER) {
                higher++;
            } else if (r.vsEngland() == BenchmarkResult.LOWER) {
                lower++;
            } else if (r.vsEngland() == BenchmarkResult.NOT_COMPARED) {
                notCompared++;
            }
            if (r.signal() == Signal.IMPROVING) {
                improving++;
            } else if (r.signal() == Signal.DETERIORATING) {
                deteriorating++;
            }
        }
        return new StatusSummary(
                readings.size(),
                withFigure,
                better,
                similar,
                worse,
                higher,
                lower,
                notCompared,
                improving,
                deteriorating);
    }

    public int noData() {
        return metrics - withFigure;
    }

    public BoxStatus status() {
        if (metrics == 0) {
            return BoxStatus.NO_METRIC;
        }
        if (withFigure == 0) {
            return BoxStatus.NO_DATA;
        }
        boolean good = better + improving > 0;
        boolean bad = worse + deteriorating > 0;
        if (good && bad) {
            return BoxStatus.MIXED;
        }
        if (good) {
            return BoxStatus.GOOD;
        }
        return bad ? BoxStatus.CONCERN : BoxStatus.STEADY;
    }

    /** The counts in words, e.g. "vs England: 2 better, 1 worse; 1 improving; 1 no data". */
    public String text() {
        if (metrics == 0) {
            return "No metric in the catalogue yet";
        }
        List<String> groups = new ArrayList<>();
        List<String> england = new ArrayList<>();
        add(england, better, "better");
        add(england, similar, "similar");
        add(england, worse, "worse");
        add(england, higher, "higher");
        add(england, lower, "lower");
        add(england, notCompared, "not compared");
        if (!england.isEmpty()) {
            groups.add("vs England: " + String.join(", ", england));
        } else if (withFigure > 0) {
            groups.add(withFigure + " with a figure");
        }
        List<String> variation = new ArrayList<>();
        add(variation, improving, "improving");
        add(variation, deteriorating, "deteriorating");
        if (!variation.isEmpty()) {
            groups.add(String.join(", ", variation));
        }
        if (noData() > 0) {
            groups.add(noData() + " no data");
        }
        return String.join("; ", groups);
    }

    private static void add(List<String> parts, int count, String word) {
        if (count > 0) {
            parts.add(count + " " + word);
        }
    }
}
