package org.joinedup.core.benchmark;

import java.util.List;
import java.util.Objects;

/**
 * The 100 rows of funnel-plot limits PHEindicatormethods' {@code phe_funnels} returns.
 *
 * @param statistic "proportion", "ratio (count)", "ratio (isr)", "rate (dsr per 100,000)", ...
 * @param baseline the centre line: the average proportion or rate × multiplier; 100 for ISR ratios, 0 for
 *     count ratios (the limits are then O/E − 1)
 * @param limits the grid rows in increasing x
 * @param populations for rates, the population per year of each limit at each row; empty otherwise
 */
public record FunnelTable(
        String statistic, double baseline, List<FunnelLimits> limits, List<FunnelPopulations> populations) {
    public FunnelTable {
        Objects.requireNonNull(statistic, "statistic");
        limits = List.copyOf(limits);
        populations = List.copyOf(populations);
    }
}
