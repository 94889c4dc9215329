package org.joinedup.core.forecast;

/**
 * Where the smoothing parameters may lie, as {@code forecast::ets} with {@code bounds = "both"}: the
 * "usual" box (each parameter between its lower and upper bound, beta at most alpha, gamma at most
 * 1 - alpha) intersected with the "admissible" region of Hyndman, Akram and Archibald (2008), in which
 * the model forgets its distant past (for seasonal models, all roots of the characteristic polynomial
 * lie within the unit circle, to 1e-10).
 *
 * <p>The usual bounds apply only to the parameters being estimated, as in R; given parameters only
 * narrow the others (a given alpha caps beta at alpha and gamma at 1 - alpha, and so on).
 */
final class ParameterSpace {
    /** R's defaults: alpha, beta, gamma in [0.0001, 0.9999], phi in [0.8, 0.98]. */
    static final double[] DEFAULT_LOWER = {1e-4, 1e-4, 1e-4, 0.8};

    static final double[] DEFAULT_UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    private final EtsModel model;
    private final int m;
    private final GivenParameters given;
    private final double[] lower;
    private final double[] upper;

    ParameterSpace(EtsModel model, int m, GivenParameters given) {
        this.model = model;
        this.m = model.isSeasonal() ? m : 1;
        this.given = given;
        this.lower = DEFAULT_LOWER.clone();
        this.upper = DEFAULT_UPPER.clone();
        if (given.alpha() != null) {
            upper[1] = Math.min(given.alpha(), upper[1]);
            upper[2] = Math.min(1 - given.alpha(), upper[2]);
        }
        if (given.beta() != null) {
            lower[0] = Math.max(given.beta(), lower[0]);
        }
        if (given.gamma() != null) {
            upper[0] = Math.min(1 - given.gamma(), upper[0]);
        }
    }

    boolean estimatesAlpha() {
        return given.alpha() == null;
    }

    boolean estimatesBeta() {
        return model.hasTrend() && given.beta() == null;
    }

    boolean estimatesGamma() {
        return model.isSeasonal() && given.gamma() == null;
    }

    boolean estimatesPhi() {
        return model.damped() && given.phi() == null;
    }

    int estimatedCount() {
        return (estimatesAlpha() ? 1 : 0)
                + (estimatesBeta() ? 1 : 0)
                + (estimatesGamma() ? 1 : 0)
                + (estimatesPhi() ? 1 : 0);
    }

    /** The number of smoothing parameters given rather than estimated. */
    int givenCount() {
        return (given.alpha() != null ? 1 : 0)
                + (model.hasTrend() && given.beta() != null ? 1 : 0)
                + (model.isSeasonal() && given.gamma() != null ? 1 : 0)
                + (model.damped() && given.phi() != null ? 1 : 0);
    }

    /** R's {@code initparam}: starting values for the estimated parameters, in order alpha, beta, gamma, phi. */
    double[] start() {
        double[] start = new double[estimatedCount()];
        int k = 0;
        double alpha;
        if (estimatesAlpha()) {
            alpha = lower[0] + 0.2 * (upper[0] - lower[0]) / m;
            if (alpha > 1 || alpha < 0) {
                alpha = lower[0] + 2e-3;
            }
            start[k++] = alpha;
        } else {
            alpha = given.alpha();
        }
        if (estimatesBeta()) {
            double betaUpper = Math.min(upper[1], alpha);
            double beta = lower[1] + 0.1 * (betaUpper - lower[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
            start[k++] = beta;
        }
        if (estimatesGamma()) {
            double gammaUpper = Math.min(upper[2], 1 - alpha);
            double gamma = lower[2] + 0.05 * (gammaUpper - lower[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
            start[k++] = gamma;
        }
        if (estimatesPhi()) {
            double phi = lower[3] + 0.99 * (upper[3] - lower[3]);
            if (phi < 0 || phi > 1) {
                phi = upper[3] - 1e-3;
            }
            start[k] = phi;
        }
        return start;
    }

    /** Full parameters from the estimated ones (the first {@link #estimatedCount()} values of {@code x}). */
    EtsParameters parameters(double[] x) {
        int k = 0;
        double alpha = estimatesAlpha() ? x[k++] : given.alpha();
        double beta = !model.hasTrend() ? 0 : estimatesBeta() ? x[k++] : given.beta();
        double gamma = !model.isSeasonal() ? 0 : estimatesGamma() ? x[k++] : given.gamma();
        double phi = !model.damped() ? 1 : estimatesPhi() ? x[k] : given.phi();
        return new EtsParameters(alpha, beta, gamma, phi);
    }

    /** R's {@code check.param} / the C target's {@code check_params} with {@code bounds = "both"}. */
    boolean contains(EtsParameters p) {
        if (estimatesAlpha() && (p.alpha() < lower[0] || p.alpha() > upper[0])) {
            return false;
        }
        if (estimatesBeta() && (p.beta() < lower[1] || p.beta() > p.alpha() || p.beta() > upper[1])) {
            return false;
        }
        if (estimatesPhi() && (p.phi() < lower[3] || p.phi() > upper[3])) {
            return false;
        }
        if (estimatesGamma() && (p.gamma() < lower[2] || p.gamma() > 1 - p.alpha() || p.gamma() > upper[2])) {
            return false;
        }
        return isAdmissible(p, model.hasTrend(), model.isSeasonal(), m);
    }

    /** The admissible region of Hyndman, Akram and Archibald (2008). */
    static boolean isAdmissible(EtsParameters p, boolean trended, boolean seasonal, int m) {
        double alpha = p.alpha();
        double beta = trended ? p.beta() : 0;
        double gamma = p.gamma();
        double phi = p.phi();
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (!seasonal) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return !trended || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
        }
        if (m <= 1) {
            return true;
        }
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (beta < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        // characteristic polynomial, highest power first
        double[] coefficients = new double[m + 2];
        coefficients[0] = 1;
        coefficients[1] = alpha + beta - phi;
        for (int i = 0; i < m - 2; i++) {
            coefficients[2 + i] = alpha + beta - alpha * phi;
        }
        coefficients[m] = alpha + beta - alpha * phi + gamma - 1;
        coefficients[m + 1] = phi * (1 - alpha - gamma);
        return Polynomials.largestRootModulus(coefficients) <= 1 + 1e-10;
    }
}
