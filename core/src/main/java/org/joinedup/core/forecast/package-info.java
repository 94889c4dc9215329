/**
 * Exponential smoothing state-space models (ETS, Hyndman, Koehler, Ord and Snyder 2008) fitted as R's
 * {@code forecast::ets} fits them, their forecasts and prediction intervals, and the year-end outturn of a
 * UK financial year built on them. Entry point: {@link org.joinedup.core.forecast.Ets}. Method notes:
 * {@code docs/methods/forecasting.md}.
 */
package org.joinedup.core.forecast;
