package org.joinedup.core.forecast;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The predictive distribution of a year-end outturn. */
public sealed interface OutturnDistribution {

    /** Probability that the outturn is at most x. */
    double cumulativeProbability(double x);

    /** The value below which the outturn falls with probability p. */
    double quantile(double p);

    /**
     * Normal, from an analytic variance (additive-error models with linear components); a standard
     * deviation of 0 is a single known value (the whole year is actual).
     */
    record Normal(double mean, double standardDeviation) implements OutturnDistribution {
        public Normal {
            if (!Double.isFinite(mean) || !(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
                throw new IllegalArgumentException("need a finite mean and a standard deviation of 0 or more");
            }
        }

        @Override
        public double cumulativeProbability(double x) {
            if (standardDeviation == 0) {
                return x >= mean ? 1 : 0;
            }
            return NormalDistribution.of(mean, standardDeviation).cumulativeProbability(x);
        }

        @Override
        public double quantile(double p) {
            checkProbability(p);
            if (standardDeviation == 0) {
                return mean;
            }
            return NormalDistribution.of(mean, standardDeviation).inverseCumulativeProbability(p);
        }
    }

    /** Empirical, from simulated outturns (fixed seed), with quantiles by R's type-8 rule. */
    record Simulated(double[] draws) implements OutturnDistribution {
        public Simulated {
            draws = Simulation.sortedFinite(draws);
            if (draws.length == 0) {
                throw new IllegalArgumentException("no finite simulated outturn");
            }
        }

        @Override
        public double[] draws() {
            return draws.clone();
        }

        @Override
        public double cumulativeProbability(double x) {
            int index = Arrays.binarySearch(draws, x);
            if (index < 0) {
                return (double) (-index - 1) / draws.length;
            }
            while (index + 1 < draws.length && draws[index + 1] == x) {
                index++;
            }
            return (double) (index + 1) / draws.length;
        }

        @Override
        public double quantile(double p) {
            checkProbability(p);
            return Simulation.quantile(draws, p);
        }
    }

    private static void checkProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must lie strictly between 0 and 1, not " + p);
        }
    }
}
