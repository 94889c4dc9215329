package org.joinedup.core.spc;

/**
 * Laney's p-prime and u-prime limits (Laney 2002). With large denominators the binomial or Poisson
 * sigma is far too small and nearly every point falls outside a classic p or u chart. Laney standardises
 * each point, z = (v - centre) / sigma_i, measures the spread of z between neighbours, sigma_z = mean
 * moving range of z / 1.128, and widens the classic limits by that factor: centre +/- 3 sigma_i sigma_z.
 */
final class LaneyLimits {
    /** d2 for moving ranges of two points. */
    static final double D2 = 1.128;

    private LaneyLimits() {}

    /** Which within-point sigma to use. */
    enum Kind {
        /** sigma_i = sqrt(p(1 - p) / n_i) */
        PROPORTION,
        /** sigma_i = sqrt(u / n_i) */
        RATE
    }

    /**
     * @param numerators counts, in date order
     * @param denominators their denominators, above 0
     * @param baselineSize how many leading points set the centre line and sigma_z
     */
    static PeriodLimits of(Kind kind, double[] numerators, double[] denominators, int baselineSize) {
        int n = numerators.length;
        int b = Math.min(baselineSize, n);
        double centre = Means.sum(numerators, 0, b) / Means.sum(denominators, 0, b);
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            double variance = kind == Kind.PROPORTION ? centre * (1 - centre) : centre;
            sigma[i] = Math.sqrt(variance / denominators[i]);
        }
        double[] z = new double[b];
        for (int i = 0; i < b; i++) {
            double deviation = numerators[i] / denominators[i] - centre;
            // sigma is 0 only when every baseline count is 0 (or, for p, every one is n): no deviation
            z[i] = sigma[i] == 0 ? 0 : deviation / sigma[i];
        }
        double movingRange = XmrLimits.meanMovingRange(z, b, false);
        double sigmaZ = movingRange / D2;
        Limits[] points = new Limits[n];
        for (int i = 0; i < n; i++) {
            double width = sigma[i] * sigmaZ;
            points[i] =
                    new Limits(centre, centre - 3 * width, centre + 3 * width, centre - 2 * width, centre + 2 * width);
        }
        return new PeriodLimits(points, movingRange, b);
    }
}
