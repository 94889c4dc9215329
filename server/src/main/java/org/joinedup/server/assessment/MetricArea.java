package org.joinedup.server.assessment;

import java.util.Objects;

/** A series key: one metric in one area (any code the geography knows for it). */
public record MetricArea(String metricId, String areaCode) {
    public MetricArea {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(areaCode, "areaCode");
    }
}
