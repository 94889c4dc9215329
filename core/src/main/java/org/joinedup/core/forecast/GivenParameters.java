package org.joinedup.core.forecast;

/**
 * Smoothing parameters held at given values while the rest are estimated, as the {@code alpha},
 * {@code beta}, {@code gamma} and {@code phi} arguments of R's {@code ets}. Null means estimate it.
 */
public record GivenParameters(Double alpha, Double beta, Double gamma, Double phi) {
    private static final GivenParameters NONE = new GivenParameters(null, null, null, null);

    public GivenParameters {
        check("alpha", alpha);
        check("beta", beta);
        check("gamma", gamma);
        check("phi", phi);
    }

    /** Estimate everything. */
    public static GivenParameters none() {
        return NONE;
    }

    public GivenParameters withAlpha(double value) {
        return new GivenParameters(value, beta, gamma, phi);
    }

    public GivenParameters withBeta(double value) {
        return new GivenParameters(alpha, value, gamma, phi);
    }

    public GivenParameters withGamma(double value) {
        return new GivenParameters(alpha, beta, value, phi);
    }

    public GivenParameters withPhi(double value) {
        return new GivenParameters(alpha, beta, gamma, value);
    }

    private static void check(String name, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], not " + value);
        }
    }
}
