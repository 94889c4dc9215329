package org.joinedup.core.forecast;

/**
 * Smoothing parameters in the error-correction form of Hyndman et al. (2008), as R's {@code ets} reports
 * them: level {@code alpha}, trend {@code beta} (not Holt's beta*: beta = alpha * beta*), season
 * {@code gamma} and damping {@code phi}. A component the model lacks has beta = 0, gamma = 0 or phi = 1.
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {
    public EtsParameters {
        check("alpha", alpha);
        check("beta", beta);
        check("gamma", gamma);
        check("phi", phi);
    }

    /** Simple exponential smoothing. */
    public static EtsParameters level(double alpha) {
        return new EtsParameters(alpha, 0, 0, 1);
    }

    /** Holt's linear trend, with the trend parameter in Holt's form beta* (so beta = alpha * beta*). */
    public static EtsParameters holt(double alpha, double betaStar) {
        return new EtsParameters(alpha, alpha * betaStar, 0, 1);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, not " + value);
        }
    }
}
