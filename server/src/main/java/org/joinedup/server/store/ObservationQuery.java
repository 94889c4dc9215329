package org.joinedup.server.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Which observations to read. Empty lists mean "any"; {@code asAt} null means what is current now.
 *
 * @param totalsOnly only rows without a breakdown
 */
public record ObservationQuery(
        List<String> metricIds, Collection<String> areaCodes, List<String> periods, boolean totalsOnly, Instant asAt) {
    public ObservationQuery {
        metricIds = List.copyOf(metricIds);
        areaCodes = List.copyOf(areaCodes);
        periods = List.copyOf(periods);
    }

    public static ObservationQuery all() {
        return new ObservationQuery(List.of(), List.of(), List.of(), false, null);
    }

    public ObservationQuery withAreas(Collection<String> codes) {
        return new ObservationQuery(metricIds, codes, periods, totalsOnly, asAt);
    }

    public ObservationQuery asAt(Instant time) {
        return new ObservationQuery(metricIds, areaCodes, periods, totalsOnly, time);
    }
}
