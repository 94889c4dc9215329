package org.joinedup.server.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks (after Heckbert, with the step rounded directly from range / count): steps of 1, 2, 2.5 or 5 times a power of ten, an axis range that
 * starts and ends on a tick, and the decimals the labels need.
 *
 * @param min the axis minimum, a tick
 * @param max the axis maximum, a tick
 * @param step the distance between ticks
 * @param values the ticks from min to max
 * @param decimals decimals needed to write every tick exactly
 */
public record Ticks(double min, double max, double step, List<Double> values, int decimals) {
    public Ticks {
        values = List.copyOf(values);
    }

    /**
     * Ticks covering {@code low..high} with about {@code count} intervals. An empty range (low equal to high)
     * is widened around the value; non-finite bounds give 0 to 1.
     */
    public static Ticks nice(double low, double high, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            low = 0;
            high = 1;
        }
        if (low > high) {
            double t = low;
            low = high;
            high = t;
        }
        if (low == high) {
            if (low == 0) {
                high = 1;
            } else {
                double pad = Math.abs(low) * 0.1;
                low -= pad;
                high += pad;
            }
        }
        double step = niceNumber((high - low) / count, true);
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        int decimals = decimals(step);
        List<Double> values = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            values.add(round(min + i * step, decimals));
        }
        return new Ticks(round(min, decimals), round(max, decimals), step, values, decimals);
    }

    /** The nice number closest to (round) or at least (not round) {@code x}: 1, 2, 2.5 or 5 times 10^k. */
    static double niceNumber(double x, boolean round) {
        double exponent = Math.floor(Math.log10(x));
        double power = Math.pow(10, exponent);
        double fraction = x / power;
        double nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        }
        return nice * power;
    }

    private static int decimals(double step) {
        BigDecimal d = new BigDecimal(Double.toString(step))
                .round(new java.math.MathContext(3))
                .stripTrailingZeros();
        return Math.max(0, d.scale());
    }

    private static double round(double value, int decimals) {
        double r = BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP)
                .doubleValue();
        return r == 0 ? 0 : r;
    }
}
