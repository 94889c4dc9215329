package org.joinedup.server.logicmodel;

import java.util.List;

/**
 * What the page shows for one chosen box: where it sits, its metrics for the area and period, and its links.
 *
 * @param layer the layer's title, e.g. "Outcomes"
 * @param group the group the box belongs to; null for a group or an impact
 * @param items the boxes of a group; empty for a box that is not one
 * @param metrics the metrics that evidence the box, read for the area and period
 * @param metricNote why the box has no metrics, when it has none
 */
public record BoxDetail(
        BoxView box,
        String layer,
        BoxView group,
        List<BoxView> items,
        List<MetricReading> metrics,
        String metricNote,
        List<LinkGroup> links) {
    public BoxDetail {
        items = List.copyOf(items);
        metrics = List.copyOf(metrics);
        links = List.copyOf(links);
    }
}
