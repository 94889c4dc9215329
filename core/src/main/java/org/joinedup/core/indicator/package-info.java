/**
 * Public health indicator statistics as published by OHID (formerly PHE) in Fingertips: proportions with
 * Wilson score intervals, crude rates with exact Poisson or Byar's intervals, means with Student t intervals,
 * directly standardised rates (Dobson) and indirectly standardised ratios and rates.
 *
 * <p>The formulas, edge cases and input checks follow the PHEindicatormethods R package (commit 093fd28), so
 * that values computed here can be compared with Fingertips. Where the R package would return {@code NA},
 * results here hold an empty {@link java.util.OptionalDouble}; where it would return {@code NaN} or a division
 * by zero, the methods here throw {@link IllegalArgumentException} instead. No result ever holds NaN. See
 * {@code docs/methods/indicators.md}.
 */
package org.joinedup.core.indicator;
