package org.joinedup.server.commentary;

import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;

/** What a commentary is about: one metric, area and period, each known to the catalogue and geography. */
public record CommentaryKey(MetricDefinition metric, Area area, Period period) {
    public String metricId() {
        return metric.id();
    }

    public String areaCode() {
        return area.code();
    }

    public String periodLabel() {
        return period.label();
    }
}
