package org.joinedup.core.observation;

import java.util.Objects;
import org.joinedup.core.period.Period;

/** What an observation is of: one metric, area, period and breakdown. At most one value per key. */
public record ObservationKey(String metricId, String areaCode, Period period, Breakdown breakdown) {
    public ObservationKey {
        if (metricId == null || metricId.isBlank()) {
            throw new IllegalArgumentException("an observation needs a metric id");
        }
        if (areaCode == null || areaCode.isBlank()) {
            throw new IllegalArgumentException("an observation needs an area code");
        }
        Objects.requireNonNull(period, "period");
        breakdown = breakdown == null ? Breakdown.TOTAL : breakdown;
    }

    public ObservationKey withArea(String code) {
        return new ObservationKey(metricId, code, period, breakdown);
    }

    public ObservationKey withBreakdown(Breakdown other) {
        return new ObservationKey(metricId, areaCode, period, other);
    }
}
