package org.joinedup.core.forecast;

import java.util.Arrays;

/**
 * Starting values for the states, found as {@code forecast::ets} finds them ({@code initstate}) before
 * they are optimised with the smoothing parameters.
 *
 * <p>Seasonal models: with three or more full periods, a classical decomposition ({@code
 * stats::decompose}: centred moving average of order m, then the mean detrended value at each season,
 * centred to sum 0 or average 1); with fewer, a regression on a linear trend and one Fourier pair. The
 * seasonal values are those of the first period, newest first, the m-th left out (it is implied by the
 * constraint that they sum to 0, or to m). Level and trend: the mean of the first min(max(10, 2m), n)
 * seasonally adjusted values, or a least-squares line through them.
 */
final class InitialState {
    private InitialState() {}

    /** The free initial states: l, b if trended, then s_1 .. s_{m-1} if seasonal (the m-th is implied). */
    static double[] heuristic(double[] y, int m, Component trend, Component season) {
        int n = y.length;
        double[] adjusted;
        double[] seasonalStart = new double[0];
        int period = 1;
        if (season != Component.NONE) {
            period = m;
            if (n < 4) {
                throw new IllegalArgumentException("need at least 4 values to start a seasonal model");
            }
            double[] seasonal = n < 3 * m ? fourierSeasonal(y, m, season) : decompose(y, m, season);
            seasonalStart = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                seasonalStart[i] = seasonal[m - 1 - i];
            }
            adjusted = new double[n];
            if (season == Component.ADDITIVE) {
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] - seasonal[t];
                }
            } else {
                double sum = 0;
                for (int i = 0; i < m - 1; i++) {
                    seasonalStart[i] = Math.max(seasonalStart[i], 1e-2);
                    sum += seasonalStart[i];
                }
                if (sum > m) {
                    double divisor = sum + 1e-2 * (m - 1);
                    for (int i = 0; i < m - 1; i++) {
                        seasonalStart[i] /= divisor;
                    }
                }
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] / Math.max(seasonal[t], 1e-2);
                }
            }
        } else {
            adjusted = y;
        }

        int first = Math.min(Math.max(10, 2 * period), n);
        double[] levelAndTrend;
        if (trend == Component.NONE) {
            double sum = 0;
            for (int t = 0; t < first; t++) {
                sum += adjusted[t];
            }
            levelAndTrend = new double[] {sum / first};
        } else {
            double[] line = line(adjusted, first);
            double intercept = line[0];
            double slope = line[1];
            if (trend == Component.ADDITIVE) {
                double l0 = intercept;
                double b0 = slope;
                if (Math.abs(l0 + b0) < 1e-8) {
                    l0 *= 1 + 1e-3;
                    b0 *= 1 - 1e-3;
                }
                levelAndTrend = new double[] {l0, b0};
            } else {
                double firstFitted = intercept + slope;
                if (Math.abs(firstFitted) < 1e-8) {
                    firstFitted = 1e-7;
                }
                double b0 = (intercept + 2 * slope) / firstFitted;
                double l0 = firstFitted / b0;
                if (Math.abs(b0) > 1e10) {
                    b0 = Math.signum(b0) * 1e10;
                }
                if (l0 < 1e-8 || b0 < 1e-8) {
                    l0 = Math.max(adjusted[0], 1e-3);
                    b0 = Math.max(adjusted[1] / adjusted[0], 1e-3);
                }
                levelAndTrend = new double[] {l0, b0};
            }
        }
        double[] result = Arrays.copyOf(levelAndTrend, levelAndTrend.length + seasonalStart.length);
        System.arraycopy(seasonalStart, 0, result, levelAndTrend.length, seasonalStart.length);
        return result;
    }

    /** Completes free states with the m-th seasonal value: m (multiplicative) or 0, less the others. */
    static double[] complete(double[] free, EtsModel model, int m) {
        if (!model.isSeasonal()) {
            return free.clone();
        }
        int seasonStart = model.hasTrend() ? 2 : 1;
        double sum = 0;
        for (int i = seasonStart; i < free.length; i++) {
            sum += free[i];
        }
        double[] full = Arrays.copyOf(free, free.length + 1);
        full[free.length] = (model.season() == Component.MULTIPLICATIVE ? m : 0) - sum;
        return full;
    }

    /** Classical decomposition's seasonal component (R's {@code decompose}), one value per observation. */
    static double[] decompose(double[] y, int m, Component season) {
        int n = y.length;
        int width = m % 2 == 0 ? m + 1 : m;
        double[] weights = new double[width];
        Arrays.fill(weights, 1.0 / m);
        if (m % 2 == 0) {
            weights[0] = 0.5 / m;
            weights[width - 1] = 0.5 / m;
        }
        int half = width / 2;
        double[] detrended = new double[n];
        Arrays.fill(detrended, Double.NaN);
        for (int t = half; t < n - half; t++) {
            double trend = 0;
            for (int j = 0; j < width; j++) {
                trend += weights[j] * y[t - half + j];
            }
            detrended[t] = season == Component.ADDITIVE ? y[t] - trend : y[t] / trend;
        }
        double[] figure = new double[m];
        double mean = 0;
        for (int i = 0; i < m; i++) {
            double sum = 0;
            int count = 0;
            for (int t = i; t < n; t += m) {
                if (!Double.isNaN(detrended[t])) {
                    sum += detrended[t];
                    count++;
                }
            }
            figure[i] = sum / count;
            mean += figure[i] / m;
        }
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            int i = t % m;
            seasonal[t] = season == Component.ADDITIVE ? figure[i] - mean : figure[i] / mean;
        }
        return seasonal;
    }

    /**
     * For short series: regress y on 1, t, sin(2 pi t / m) and cos(2 pi t / m) (t = 1..n; the sine is left
     * out when m = 2, where it is zero), and return y less the fitted line (or y over it).
     */
    static double[] fourierSeasonal(double[] y, int m, Component season) {
        int n = y.length;
        boolean withSine = m != 2;
        int k = withSine ? 4 : 3;
        double[][] x = new double[n][k];
        for (int t = 0; t < n; t++) {
            double time = t + 1;
            int c = 0;
            x[t][c++] = 1;
            x[t][c++] = time;
            if (withSine) {
                x[t][c++] = Math.sin(2 * Math.PI * time / m);
            }
            x[t][c] = Math.cos(2 * Math.PI * time / m);
        }
        double[] beta = leastSquares(x, y);
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            double line = beta[0] + beta[1] * (t + 1);
            seasonal[t] = season == Component.ADDITIVE ? y[t] - line : y[t] / line;
        }
        return seasonal;
    }

    /** Intercept (at t = 0) and slope of the least-squares line through (t, v[t - 1]), t = 1..count. */
    static double[] line(double[] v, int count) {
        double meanT = (count + 1) / 2.0;
        double meanV = 0;
        for (int t = 0; t < count; t++) {
            meanV += v[t] / count;
        }
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < count; t++) {
            double dt = t + 1 - meanT;
            sxy += dt * (v[t] - meanV);
            sxx += dt * dt;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {meanV - slope * meanT, slope};
    }

    /** Ordinary least squares by the normal equations, solved with partial pivoting. */
    static double[] leastSquares(double[][] x, double[] y) {
        int k = x[0].length;
        double[][] a = new double[k][k + 1];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] += x[r][i] * x[r][j];
                }
                a[i][k] += x[r][i] * y[r];
            }
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < k; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= k; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] beta = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double sum = a[i][k];
            for (int j = i + 1; j < k; j++) {
                sum -= a[i][j] * beta[j];
            }
            beta[i] = sum / a[i][i];
        }
        return beta;
    }
}
