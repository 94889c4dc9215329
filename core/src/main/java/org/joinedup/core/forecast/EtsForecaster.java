package org.joinedup.core.forecast;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Forecast means and variances as {@code forecast::forecast.ets} computes them (Hyndman et al. 2008,
 * ch. 6), with Gaussian intervals mean +- z sqrt(variance):
 *
 * <ul>
 *   <li>class 1, additive error with no or additive trend and season: exact, var_h = sigma^2 (1 + sum of
 *       c_j^2 for j < h), c_j = w' F^(j-1) g;
 *   <li>class 2, multiplicative error with those components: the exact recursion for theta_h;
 *   <li>class 3, multiplicative error and season, no or additive trend: the Kronecker-product recursion
 *       for the mean and variance, whose mean carries the sigma^2 correction after one season;
 *   <li>anything else (a multiplicative trend, or an additive error with a multiplicative season):
 *       {@value Simulation#PATHS} simulated paths with a fixed seed, intervals from type-8 quantiles and
 *       the mean the recursion's point forecast.
 * </ul>
 */
final class EtsForecaster {
    private EtsForecaster() {}

    static Forecast forecast(EtsFit fit, int h, double... levels) {
        if (h < 1) {
            throw new IllegalArgumentException("forecast horizon must be 1 or more, not " + h);
        }
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw new IllegalArgumentException("level must be a percentage between 0 and 100, not " + level);
            }
        }
        double[] sortedLevels = levels.clone();
        java.util.Arrays.sort(sortedLevels);
        return switch (forecastClass(fit.model())) {
            case 1, 2, 3 -> analytic(fit, h, sortedLevels);
            default -> simulated(fit, h, sortedLevels);
        };
    }

    /** Hyndman et al. (2008) class of the model: 1 to 3 have analytic variances; 4 is simulated. */
    static int forecastClass(EtsModel model) {
        boolean linearComponents =
                model.trend() != Component.MULTIPLICATIVE && model.season() != Component.MULTIPLICATIVE;
        if (linearComponents) {
            return model.error() == Component.ADDITIVE ? 1 : 2;
        }
        if (model.error() == Component.MULTIPLICATIVE
                && model.season() == Component.MULTIPLICATIVE
                && model.trend() != Component.MULTIPLICATIVE) {
            return 3;
        }
        return 4;
    }

    private static Forecast analytic(EtsFit fit, int h, double[] levels) {
        double[][] meanAndVariance = switch (forecastClass(fit.model())) {
            case 1 -> class1(fit, h);
            case 2 -> class2(fit, h);
            default -> class3(fit, h);
        };
        double[] mean = meanAndVariance[0];
        double[] variance = meanAndVariance[1];
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : levels) {
            double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 200);
            double[] lower = new double[h];
            double[] upper = new double[h];
            for (int i = 0; i < h; i++) {
                double margin = z * Math.sqrt(variance[i]);
                lower[i] = mean[i] - margin;
                upper[i] = mean[i] + margin;
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return new Forecast(mean, variance, intervals, false);
    }

    private static Forecast simulated(EtsFit fit, int h, double[] levels) {
        double[][] paths = Simulation.paths(fit, h, Simulation.PATHS, Simulation.SEED);
        double[] mean = EtsFilter.pointForecasts(
                fit.lastState(), fit.period(), fit.model(), fit.parameters().phi(), h);
        double[] variance = new double[h];
        double[][] sortedByHorizon = new double[h][];
        for (int i = 0; i < h; i++) {
            double[] column = new double[paths.length];
            for (int k = 0; k < paths.length; k++) {
                column[k] = paths[k][i];
            }
            double[] sorted = Simulation.sortedFinite(column);
            sortedByHorizon[i] = sorted;
            variance[i] = sampleVariance(sorted);
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : levels) {
            double[] lower = new double[h];
            double[] upper = new double[h];
            for (int i = 0; i < h; i++) {
                lower[i] = Simulation.quantile(sortedByHorizon[i], 0.5 - level / 200);
                upper[i] = Simulation.quantile(sortedByHorizon[i], 0.5 + level / 200);
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return new Forecast(mean, variance, intervals, true);
    }

    static double sampleVariance(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (n - 1);
    }

    /** The linear state-space form (w, F, g) of a model whose trend and season are not multiplicative. */
    record LinearForm(double[] w, double[][] f, double[] g) {
        static LinearForm of(EtsFit fit) {
            EtsModel model = fit.model();
            int m = fit.period();
            EtsParameters p = fit.parameters();
            int size = model.stateCount(m);
            double[] w = new double[size];
            double[][] f = new double[size][size];
            double[] g = new double[size];
            w[0] = 1;
            f[0][0] = 1;
            g[0] = p.alpha();
            if (model.hasTrend()) {
                w[1] = p.phi();
                f[0][1] = p.phi();
                f[1][1] = p.phi();
                g[1] = p.beta();
            }
            if (model.isSeasonal()) {
                int start = model.hasTrend() ? 2 : 1;
                w[size - 1] = 1;
                f[start][size - 1] = 1;
                for (int i = 1; i < m; i++) {
                    f[start + i][start + i - 1] = 1;
                }
                g[start] = p.gamma();
            }
            return new LinearForm(w, f, g);
        }

        /** mu_j = w' F^(j-1) x for j = 1..h, and c_j = w' F^(j-1) g for j = 1..h. */
        double[][] meansAndWeights(double[] x, int h) {
            double[] mu = new double[h];
            double[] c = new double[h];
            double[] fx = x.clone();
            double[] fg = g.clone();
            for (int j = 0; j < h; j++) {
                mu[j] = dot(w, fx);
                c[j] = dot(w, fg);
                fx = times(f, fx);
                fg = times(f, fg);
            }
            return new double[][] {mu, c};
        }
    }

    static double[][] class1(EtsFit fit, int h) {
        double[][] muAndC = LinearForm.of(fit).meansAndWeights(fit.lastState(), h);
        double[] c = muAndC[1];
        double[] variance = new double[h];
        double cumulative = 0;
        for (int i = 0; i < h; i++) {
            variance[i] = fit.sigma2() * (1 + cumulative);
            cumulative += c[i] * c[i];
        }
        return new double[][] {muAndC[0], variance};
    }

    static double[][] class2(EtsFit fit, int h) {
        double[][] muAndC = LinearForm.of(fit).meansAndWeights(fit.lastState(), h);
        double[] mu = muAndC[0];
        double[] c = muAndC[1];
        double sigma2 = fit.sigma2();
        double[] theta = new double[h];
        double[] variance = new double[h];
        for (int j = 0; j < h; j++) {
            double sum = 0;
            for (int k = 0; k < j; k++) {
                sum += c[k] * c[k] * theta[j - 1 - k];
            }
            theta[j] = mu[j] * mu[j] + sigma2 * sum;
            variance[j] = (1 + sigma2) * theta[j] - mu[j] * mu[j];
        }
        return new double[][] {mu, variance};
    }

    /**
     * Class 3 (Hyndman et al. 2008, section 6.4): with x = (l, b) and z the seasonal states, M_h = E[x z']
     * and V_h = Var(vec(x z')) follow Kronecker-product recursions. The damped form uses w1 = (1, phi),
     * F1 = [[1, phi], [0, phi]], G1 = (alpha, beta)' w1' as in the book; R's {@code class3} uses
     * (1, 1) and [[1, 1], [0, phi]] there, which makes its damped one-step mean l + b.
     */
    static double[][] class3(EtsFit fit, int h) {
        EtsModel model = fit.model();
        EtsParameters p = fit.parameters();
        int m = fit.period();
        int a = model.hasTrend() ? 2 : 1;
        double sigma2 = fit.sigma2();
        double[] state = fit.lastState();
        double[][] h1 = new double[1][a];
        double[][] f1 = new double[a][a];
        double[][] g1 = new double[a][a];
        h1[0][0] = 1;
        f1[0][0] = 1;
        if (a == 1) {
            g1[0][0] = p.alpha();
        } else {
            double phi = p.phi();
            h1[0][1] = phi;
            f1[0][1] = phi;
            f1[1][1] = phi;
            g1[0][0] = p.alpha();
            g1[0][1] = p.alpha() * phi;
            g1[1][0] = p.beta();
            g1[1][1] = p.beta() * phi;
        }
        double[][] h2 = new double[1][m];
        h2[0][m - 1] = 1;
        double[][] f2 = new double[m][m];
        f2[0][m - 1] = 1;
        for (int i = 1; i < m; i++) {
            f2[i][i - 1] = 1;
        }
        double[][] g2 = new double[m][m];
        g2[0][m - 1] = p.gamma();
        double[][] mh = new double[a][m];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < m; j++) {
                mh[i][j] = state[i] * state[a + j];
            }
        }
        int k = a * m;
        double[][] vh = new double[k][k];
        double[][] h21 = Matrices.kronecker(h2, h1);
        double[][] f21 = Matrices.kronecker(f2, f1);
        double[][] g21 = Matrices.kronecker(g2, g1);
        double[][] kk = Matrices.add(Matrices.kronecker(g2, f1), Matrices.kronecker(f2, g1));
        double[][] f21t = Matrices.transpose(f21);
        double[][] g21t = Matrices.transpose(g21);
        double[][] kkt = Matrices.transpose(kk);
        double[] mu = new double[h];
        double[] variance = new double[h];
        for (int i = 0; i < h; i++) {
            mu[i] = Matrices.multiply(Matrices.multiply(h1, mh), Matrices.transpose(h2))[0][0];
            double hvh = Matrices.multiply(Matrices.multiply(h21, vh), Matrices.transpose(h21))[0][0];
            variance[i] = (1 + sigma2) * hvh + sigma2 * mu[i] * mu[i];
            double[] vec = Matrices.vec(mh);
            double[][] outer = Matrices.outer(vec, vec);
            double[][] next = Matrices.multiply(Matrices.multiply(f21, vh), f21t);
            double[][] inner = Matrices.add(
                    Matrices.add(
                            Matrices.multiply(Matrices.multiply(f21, vh), g21t),
                            Matrices.multiply(Matrices.multiply(g21, vh), f21t)),
                    Matrices.multiply(Matrices.multiply(kk, Matrices.add(vh, outer)), kkt));
            double[][] fourth = Matrices.multiply(
                    Matrices.multiply(g21, Matrices.add(Matrices.scale(vh, 3), Matrices.scale(outer, 2))), g21t);
            inner = Matrices.add(inner, Matrices.scale(fourth, sigma2));
            vh = Matrices.add(next, Matrices.scale(inner, sigma2));
            mh = Matrices.add(
                    Matrices.multiply(Matrices.multiply(f1, mh), Matrices.transpose(f2)),
                    Matrices.scale(Matrices.multiply(Matrices.multiply(g1, mh), Matrices.transpose(g2)), sigma2));
        }
        return new double[][] {mu, variance};
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] times(double[][] f, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = dot(f[i], x);
        }
        return out;
    }
}
