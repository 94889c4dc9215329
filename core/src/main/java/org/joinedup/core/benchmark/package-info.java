/**
 * Benchmarking, as Fingertips and PHEindicatormethods do it: comparing an area with a benchmark
 * ({@link org.joinedup.core.benchmark.BenchmarkComparers}), quintiles and quartiles
 * ({@link org.joinedup.core.benchmark.Quantiles}), rank among peers ({@link org.joinedup.core.benchmark.PeerRanks}),
 * funnel plots ({@link org.joinedup.core.benchmark.Funnels}) and the recent-trend marker
 * ({@link org.joinedup.core.benchmark.TrendMarkers}). Plain functions of their inputs: no I/O. See
 * {@code docs/methods/benchmarking.md}.
 */
package org.joinedup.core.benchmark;
