package org.joinedup.core.indicator;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Checks and normalises requested confidence levels the way PHEindicatormethods does: one level in [0.9, 1]
 * or [90, 100] (the latter read as a percentage), or exactly the pair 0.95 and 0.998. No level means no
 * interval is wanted.
 */
final class Confidence {
    static final String RANGE = "confidence level must be between 90 and 100 or between 0.9 and 1";
    static final String RANGE_IF_SPECIFIED =
            "confidence level, if specified, must be between 90 and 100 or between 0.9 and 1";

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Confidence() {}

    /** The levels as fractions, in the order given; {@code rangeMessage} is the text used for an out-of-range level. */
    static double[] levels(String rangeMessage, double... confidence) {
        if (confidence == null) {
            throw new IllegalArgumentException("confidence must not be null; pass no level for no interval");
        }
        if (confidence.length > 2) {
            throw new IllegalArgumentException("a maximum of two confidence levels can be provided");
        }
        if (confidence.length == 2) {
            if (!(confidence[0] == 0.95 && confidence[1] == 0.998)) {
                throw new IllegalArgumentException(
                        "two confidence levels can only be produced if they are specified as 0.95 and 0.998");
            }
            return confidence.clone();
        }
        if (confidence.length == 0) {
            return confidence.clone();
        }
        return new double[] {single(rangeMessage, confidence[0])};
    }

    static double[] levels(double... confidence) {
        return levels(RANGE, confidence);
    }

    /** One level as a fraction in [0.9, 1]. */
    static double single(String rangeMessage, double confidence) {
        if (Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be numeric, not NaN");
        }
        if (confidence < 0.9 || (confidence > 1 && confidence < 90) || confidence > 100) {
            throw new IllegalArgumentException(rangeMessage + ", not " + confidence);
        }
        return confidence >= 90 ? confidence / 100 : confidence;
    }

    static double single(double confidence) {
        return single(RANGE, confidence);
    }

    /** The two-sided standard normal quantile for a level given as a fraction: infinite at 1. */
    static double z(double level) {
        return STANDARD_NORMAL.inverseCumulativeProbability(level + (1 - level) / 2);
    }

    /** Formats a number as R's {@code format(x, scientific = FALSE)} does for the values used here. */
    static String plain(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    static void requireMultiplier(double multiplier) {
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be greater than 0, not " + multiplier);
        }
    }
}
