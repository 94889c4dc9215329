package org.joinedup.core.assessment;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joinedup.core.indicator.ExactPoissonLimits;

/**
 * Confidence limits at 95% and 99.8% on primitives, as {@link org.joinedup.core.indicator.Proportions}
 * (Wilson) and {@link org.joinedup.core.indicator.CrudeRates} (exact Poisson below 10 events, Byar's from
 * 10) compute them, without allocating. An absent limit is NaN. The z values are computed exactly as the
 * indicator package computes them, and the formulas are written the same way, except that a cube is
 * {@code t * t * t} rather than {@code Math.pow(t, 3)}: results agree to 1e-12 relative
 * ({@code FastIntervalsEquivalenceTest}). Exact Poisson limits of whole counts below 10 come from a table
 * made with {@link ExactPoissonLimits} itself.
 */
public final class FastIntervals {
    /** The two levels, as fractions. */
    public static final double[] LEVELS = {0.95, 0.998};

    /** Two-sided normal quantiles of {@link #LEVELS}, computed as {@code indicator.Confidence.z}. */
    static final double[] Z = new double[LEVELS.length];

    private static final int TABLE = 10;
    private static final double[][] EXACT_LOWER = new double[LEVELS.length][TABLE];
    private static final double[][] EXACT_UPPER = new double[LEVELS.length][TABLE];

    static {
        NormalDistribution standard = NormalDistribution.of(0, 1);
        for (int l = 0; l < LEVELS.length; l++) {
            double level = LEVELS[l];
            Z[l] = standard.inverseCumulativeProbability(level + (1 - level) / 2);
            for (int o = 0; o < TABLE; o++) {
                EXACT_LOWER[l][o] = ExactPoissonLimits.lower(o, level);
                EXACT_UPPER[l][o] = ExactPoissonLimits.upper(o, level);
            }
        }
    }

    private FastIntervals() {}

    /** Wilson lower limit of x of n at level index l, on the 0-1 scale; assumes 0 ≤ x ≤ n, n > 0. */
    public static double wilsonLower(double x, double n, int l) {
        if (x == 0) {
            return 0;
        }
        double z = Z[l];
        return (2 * x + z * z - z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    /** Wilson upper limit of x of n at level index l, on the 0-1 scale; assumes 0 ≤ x ≤ n, n > 0. */
    public static double wilsonUpper(double x, double n, int l) {
        if (x == n) {
            return 1;
        }
        double z = Z[l];
        return (2 * x + z * z + z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    /** Lower Poisson limit of a count at level index l: exact below 10, else Byar's; NaN when absent. */
    public static double countLower(double observed, int l) {
        if (observed < TABLE) {
            int o = (int) observed;
            return o == observed ? EXACT_LOWER[l][o] : ExactPoissonLimits.lower(observed, LEVELS[l]);
        }
        double z = Z[l];
        double t = 1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed));
        double lower = observed * (t * t * t);
        return lower < 0 ? Double.NaN : lower;
    }

    /** Upper Poisson limit of a count at level index l: exact below 10, else Byar's. */
    public static double countUpper(double observed, int l) {
        if (observed < TABLE) {
            int o = (int) observed;
            return o == observed ? EXACT_UPPER[l][o] : ExactPoissonLimits.upper(observed, LEVELS[l]);
        }
        double z = Z[l];
        double o = observed + 1;
        double t = 1 - 1 / (9 * o) + z / (3 * Math.sqrt(o));
        return o * (t * t * t);
    }
}
