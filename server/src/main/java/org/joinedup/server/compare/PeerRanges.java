package org.joinedup.server.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.joinedup.core.assessment.AreaIndex;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.assessment.SeriesAssessment;
import org.joinedup.core.benchmark.Quantiles;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.view.Format;
import org.springframework.stereotype.Component;

/**
 * Peer ranges, worked out once per assessments snapshot and peer group, metric and period, and kept while the
 * snapshot is in use: they depend on nothing else, and a new snapshot (after a submission) starts afresh.
 */
@Component
class PeerRanges {
    private final ReferenceData reference;
    /** Keyed by identity: a snapshot never changes, and entries go when the snapshot is no longer held. */
    private final Map<AreaIndex, Neighbours> neighbours = new WeakHashMap<>();

    private final Map<Assessments, Map<Key, PeerRange>> ranges = new WeakHashMap<>();

    private record Key(int metric, int group, int period) {}

    PeerRanges(ReferenceData reference) {
        this.reference = reference;
    }

    /** Regions and peer groups of the snapshot's areas. */
    Neighbours neighbours(Assessments held) {
        synchronized (neighbours) {
            return neighbours.computeIfAbsent(held.areas(), a -> Neighbours.of(a, reference.geography()));
        }
    }

    /** The range of a metric among an area's peers for a period (a calendar index of the snapshot). */
    PeerRange range(Assessments held, String metricId, int area, int period) {
        Neighbours near = neighbours(held);
        int metric = held.metricIndex(metricId);
        List<List<Integer>> levels = near.levels(area);
        if (levels.isEmpty() || metric < 0) {
            return PeerRange.none("no peers");
        }
        Map<Key, PeerRange> cache;
        synchronized (ranges) {
            cache = ranges.computeIfAbsent(held, h -> new ConcurrentHashMap<>());
        }
        PeerRange best = PeerRange.none("no peers with a figure");
        for (List<Integer> level : levels) {
            for (int group : level) {
                PeerRange range = cache.computeIfAbsent(
                        new Key(metric, group, period), k -> compute(held, near, metricId, area, k));
                if (range.count() > best.count()) {
                    best = range;
                }
            }
            if (best.hasFigures()) {
                break;
            }
        }
        return best;
    }

    private PeerRange compute(Assessments held, Neighbours near, String metricId, int area, Key key) {
        List<Double> values = new ArrayList<>();
        Set<AreaType> types = EnumSet.noneOf(AreaType.class);
        for (int member : near.members(key.group())) {
            Optional<SeriesAssessment> series =
                    held.series(metricId, near.areas().code(member));
            if (series.isEmpty()) {
                continue;
            }
            int position = series.get().positionOf(key.period());
            double value = position < 0 ? Double.NaN : series.get().value(position);
            if (!Double.isNaN(value)) {
                values.add(value);
                if (near.type(member) != null) {
                    types.add(near.type(member));
                }
            }
        }
        String who = who(near, area, values.size(), types);
        if (values.isEmpty()) {
            return PeerRange.none(who);
        }
        double lowest = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double highest = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Quantiles quartiles = Quantiles.quartiles(values);
        double q25 = quartiles.hasBounds() ? quartiles.bounds().get(1) : Double.NaN;
        double q75 = quartiles.hasBounds() ? quartiles.bounds().get(3) : Double.NaN;
        return new PeerRange(values.size(), lowest, q25, q75, highest, who);
    }

    /** E.g. "4 ICBs in North East and Yorkshire", "7 NHS regions". */
    private String who(Neighbours near, int area, int count, Set<AreaType> types) {
        String kinds = types.size() == 1
                ? Format.typeName(types.iterator().next(), count != 1)
                : count == 1 ? "area" : "areas";
        if (near.isEngland(area)) {
            return count + " " + kinds + " in England";
        }
        int parent = near.areas().parent(area);
        String parentName = reference
                .geography()
                .resolve(near.areas().code(parent))
                .map(Area::name)
                .orElse(near.areas().code(parent));
        return count + " " + kinds + " in " + parentName;
    }
}
