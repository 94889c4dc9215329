package org.joinedup.core.indicator;

import java.util.Objects;

/**
 * A directly standardised rate.
 *
 * @param totalCount the observed events summed over age bands (missing counts as 0)
 * @param totalPopulation the population summed over age bands
 * @param indicator the rate and its intervals; absent, with statistic "dsr NA for total count &lt; 10",
 *     when totalCount &lt; 10
 */
public record StandardisedRate(double totalCount, double totalPopulation, IndicatorValue indicator) {
    public StandardisedRate {
        Objects.requireNonNull(indicator, "indicator");
        if (!(totalCount >= 0) || Double.isInfinite(totalCount)) {
            throw new IllegalArgumentException("total count must be a finite number of 0 or more, not " + totalCount);
        }
        if (!(totalPopulation > 0) || Double.isInfinite(totalPopulation)) {
            throw new IllegalArgumentException(
                    "total population must be a finite number above 0, not " + totalPopulation);
        }
    }
}
