package org.joinedup.core.benchmark;

/**
 * Funnel-plot control limits at one point of the x axis.
 *
 * @param denominator the x value: the population for proportions, the observed events for ratios and rates
 *     (PHEindicatormethods' {@code Population}, {@code Observed_events} and {@code Events} columns), or the
 *     expected count for {@link Funnels#expectedCountLimits}
 * @param lower998 the lower 99.8% (3σ, 0.001) limit
 * @param lower95 the lower 95% (2σ, 0.025) limit
 * @param upper95 the upper 95% limit
 * @param upper998 the upper 99.8% limit
 */
public record FunnelLimits(double denominator, double lower998, double lower95, double upper95, double upper998) {}
