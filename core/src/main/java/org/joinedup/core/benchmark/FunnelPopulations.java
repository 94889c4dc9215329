package org.joinedup.core.benchmark;

/**
 * For a rate funnel, the population per year at which each limit line passes through a number of events
 * (PHEindicatormethods' {@code *_population_1_year} columns): each limit is plotted at its own population.
 *
 * @param events the events on the grid
 */
public record FunnelPopulations(double events, double lower998, double lower95, double upper95, double upper998) {}
