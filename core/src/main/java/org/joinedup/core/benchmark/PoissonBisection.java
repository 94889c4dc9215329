package org.joinedup.core.benchmark;

/**
 * Exact Poisson limits found by bisection, as the PHE funnel-plot Excel macro, PHEindicatormethods'
 * {@code poisson_funnel} / {@code poisson_cis} and Fingertips' {@code StatisticalMethods.PoisLow/PoisHigh}
 * compute them. The three are the same routine; this is a line-by-line port so that results agree with them
 * to the last bits rather than only to the bisection's tolerance.
 *
 * <p>The search is over v in (0, 1) with λ = (1 + O)·v/(1 − v), halving the step from 0.5 while it is above
 * 1e-7 (23 steps), so λ is found to about 1e-7 relative near v = ½ and less precisely for small O: against the
 * chi-square closed forms (λ_low ≈ χ²_p(2O)/2, λ_high ≈ χ²_{1−p}(2O + 2)/2) the difference is within 5e-5
 * relative. O need not be a whole number: the tails are P(X ≥ O) and P(X ≤ O) over whole k.
 */
final class PoissonBisection {
    private static final double STEP_TOLERANCE = 1e-7;

    private PoissonBisection() {}

    /**
     * λ with P(X ≥ O | λ) = p: the lower limit of O ("low" side, Fingertips' PoisLow). O = 0 gives 0, as the
     * PHE Excel macro does; Fingertips' PoisLow and R's {@code poisson_funnel} drop that line and return about
     * 6e-8, which would make a zero rate "lower" than a zero benchmark.
     */
    static double low(double observed, double p) {
        check(observed, p);
        if (observed == 0) {
            return 0;
        }
        double v = 0.5;
        double dv = 0.5;
        while (dv > STEP_TOLERANCE) {
            dv = dv / 2;
            if (tail((1 + observed) * v / (1 - v), observed, 10_000_000_000.0) > p) {
                v = v - dv;
            } else {
                v = v + dv;
            }
        }
        return (1 + observed) * v / (1 - v);
    }

    /** λ with P(X ≤ O | λ) = p: the upper limit of O ("high" side, Fingertips' PoisHigh). */
    static double high(double observed, double p) {
        check(observed, p);
        double v = 0.5;
        double dv = 0.5;
        while (dv > STEP_TOLERANCE) {
            dv = dv / 2;
            if (tail((1 + observed) * v / (1 - v), 0, observed) < p) {
                v = v - dv;
            } else {
                v = v + dv;
            }
        }
        return (1 + observed) * v / (1 - v);
    }

    /**
     * P(from ≤ X ≤ to) for X ~ Poisson(z), summing the terms z^k/k! relative to their running total, rescaled
     * by 1e30 when the total grows large, until k passes z and the next term is below 1e-10 of the total.
     */
    static double tail(double z, double from, double to) {
        double q = 1;
        double tot = 0;
        double s = 0;
        double k = 0;
        while (k <= z || q > tot * 1e-10) {
            tot = tot + q;
            if (k >= from && k <= to) {
                s = s + q;
            }
            if (tot > 1e30) {
                s = s / 1e30;
                tot = tot / 1e30;
                q = q / 1e30;
            }
            k = k + 1;
            q = q * z / k;
        }
        return s / tot;
    }

    private static void check(double observed, double p) {
        if (!(observed >= 0) || Double.isInfinite(observed)) {
            throw new IllegalArgumentException("observed events must be a finite number ≥ 0, not " + observed);
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("tail probability " + p + " must be in (0, 1)");
        }
    }
}
