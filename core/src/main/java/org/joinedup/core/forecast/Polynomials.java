package org.joinedup.core.forecast;

/** Roots of real polynomials, for the admissibility test of seasonal ETS models. */
final class Polynomials {
    private static final int MAX_ITERATIONS = 2000;

    private Polynomials() {}

    /**
     * The largest modulus among the roots of c[0] z^d + c[1] z^(d-1) + ... + c[d], by the Aberth-Ehrlich
     * simultaneous iteration in complex arithmetic. Leading zero coefficients are dropped; a polynomial of
     * degree 0 has no roots and gives 0.
     */
    static double largestRootModulus(double[] c) {
        int lead = 0;
        while (lead < c.length && c[lead] == 0) {
            lead++;
        }
        int degree = c.length - 1 - lead;
        if (degree <= 0) {
            return 0;
        }
        double[] a = new double[degree + 1];
        for (int i = 0; i <= degree; i++) {
            a[i] = c[lead + i] / c[lead];
        }
        // start on a circle of the Cauchy bound's radius, at angles that avoid symmetry
        double radius = 0;
        for (int i = 1; i <= degree; i++) {
            radius = Math.max(radius, Math.pow(Math.abs(a[i]), 1.0 / i));
        }
        radius = Math.max(radius, 1e-3);
        double[] re = new double[degree];
        double[] im = new double[degree];
        for (int k = 0; k < degree; k++) {
            double angle = 2 * Math.PI * k / degree + 0.4;
            re[k] = radius * Math.cos(angle);
            im[k] = radius * Math.sin(angle);
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double largestStep = 0;
            for (int k = 0; k < degree; k++) {
                // p(z) and p'(z) by Horner
                double pr = 1;
                double pi = 0;
                double dr = 0;
                double di = 0;
                for (int i = 1; i <= degree; i++) {
                    double ndr = dr * re[k] - di * im[k] + pr;
                    double ndi = dr * im[k] + di * re[k] + pi;
                    dr = ndr;
                    di = ndi;
                    double npr = pr * re[k] - pi * im[k] + a[i];
                    double npi = pr * im[k] + pi * re[k];
                    pr = npr;
                    pi = npi;
                }
                if (pr == 0 && pi == 0) {
                    continue;
                }
                // ratio = p / p'
                double dd = dr * dr + di * di;
                double ratioRe = (pr * dr + pi * di) / dd;
                double ratioIm = (pi * dr - pr * di) / dd;
                // sum of 1 / (z_k - z_j)
                double sumRe = 0;
                double sumIm = 0;
                for (int j = 0; j < degree; j++) {
                    if (j != k) {
                        double xr = re[k] - re[j];
                        double xi = im[k] - im[j];
                        double xx = xr * xr + xi * xi;
                        sumRe += xr / xx;
                        sumIm += -xi / xx;
                    }
                }
                // step = ratio / (1 - ratio * sum)
                double denRe = 1 - (ratioRe * sumRe - ratioIm * sumIm);
                double denIm = -(ratioRe * sumIm + ratioIm * sumRe);
                double den = denRe * denRe + denIm * denIm;
                double stepRe = (ratioRe * denRe + ratioIm * denIm) / den;
                double stepIm = (ratioIm * denRe - ratioRe * denIm) / den;
                if (!Double.isFinite(stepRe) || !Double.isFinite(stepIm)) {
                    continue;
                }
                re[k] -= stepRe;
                im[k] -= stepIm;
                largestStep = Math.max(largestStep, Math.hypot(stepRe, stepIm) / Math.max(1, Math.hypot(re[k], im[k])));
            }
            if (largestStep < 1e-15) {
                break;
            }
        }
        double largest = 0;
        for (int k = 0; k < degree; k++) {
            largest = Math.max(largest, Math.hypot(re[k], im[k]));
        }
        return largest;
    }
}
