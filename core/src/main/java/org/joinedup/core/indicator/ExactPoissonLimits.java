package org.joinedup.core.indicator;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Exact Poisson confidence limits of an observed count O (Armitage and Berry 2002), from the chi-squared
 * distribution as PHEindicatormethods computes them:
 * <pre>  O_L = χ²_{α/2}(2O) / 2,   O_U = χ²_{1−α/2}(2O + 2) / 2</pre>
 * Half a χ² quantile with 2k degrees of freedom is the Gamma(k, 1) quantile, which is what is computed,
 * refined by Newton steps on the regularised incomplete gamma function to near double precision.
 *
 * <p>Edge cases: O = 0 gives a lower limit of 0; confidence 1 gives 0 and +∞. O need not be a whole number.
 */
public final class ExactPoissonLimits {
    private ExactPoissonLimits() {}

    public static double lower(double observed, double confidence) {
        double level = ByarsLimits.check(observed, confidence);
        if (observed == 0) {
            return 0;
        }
        return gammaQuantile((1 - level) / 2, observed);
    }

    public static double upper(double observed, double confidence) {
        double level = ByarsLimits.check(observed, confidence);
        return gammaQuantile(level + (1 - level) / 2, observed + 1);
    }

    /** The p quantile of Gamma(shape, 1). */
    static double gammaQuantile(double p, double shape) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        GammaDistribution gamma = GammaDistribution.of(shape, 1);
        double x = gamma.inverseCumulativeProbability(p);
        for (int i = 0; i < 8 && x > 0 && Double.isFinite(x); i++) {
            double density = gamma.density(x);
            if (!(density > 0) || Double.isInfinite(density)) {
                break;
            }
            double step = (RegularizedGamma.P.value(shape, x) - p) / density;
            double next = x - step;
            if (!(next > 0) || Double.isInfinite(next)) {
                break;
            }
            x = next;
            if (Math.abs(step) <= 1e-16 * x) {
                break;
            }
        }
        return x;
    }
}
