/**
 * Statistical process control for metric time series, as NHS England's "Making Data Count" does it
 * (the NHSRplotthedots implementation): XmR limits, the four special-cause rules, point types,
 * the variation and assurance icons, and Laney's p-prime and u-prime charts for proportions and rates
 * with large denominators.
 *
 * <p>Start at {@link org.joinedup.core.spc.SpcCalculator}. The method, with its sources and the places
 * where it departs from the reference, is written up in {@code docs/methods/spc.md}.
 */
package org.joinedup.core.spc;
