package org.joinedup.core.assessment;

/**
 * One series (a metric in an area) as primitive arrays, one element per period the series has, in
 * period order. NaN marks an absent numerator, denominator or value; a value that is NaN is computed from
 * the numerator and denominator where it can be. The arrays are owned by the series once given: do not
 * change them afterwards.
 *
 * @param periods indexes into the {@link PeriodCalendar}, strictly increasing
 * @param status flags: {@link #PROVISIONAL} (else final), {@link #ROLLED_UP} (added up from the area's
 *     children rather than supplied)
 * @param receivedDay epoch day the figure was received, {@link FastKiteMark#UNKNOWN_DAY} when not known
 */
public record SeriesInput(
        int metric,
        int area,
        int[] periods,
        double[] numerator,
        double[] denominator,
        double[] value,
        byte[] status,
        int[] receivedDay) {

    public static final byte FINAL = 0;
    public static final byte PROVISIONAL = 1;
    public static final byte ROLLED_UP = 2;

    public SeriesInput {
        int n = periods.length;
        if (numerator.length != n
                || denominator.length != n
                || value.length != n
                || status.length != n
                || receivedDay.length != n) {
            throw new IllegalArgumentException("series arrays must all have " + n + " elements");
        }
        for (int i = 1; i < n; i++) {
            if (periods[i] <= periods[i - 1]) {
                throw new IllegalArgumentException("periods must be strictly increasing, not " + periods[i - 1]
                        + " then " + periods[i] + " at " + i);
            }
        }
        if (metric < 0 || area < 0) {
            throw new IllegalArgumentException("metric and area indexes must be 0 or more");
        }
    }

    public int size() {
        return periods.length;
    }

    /** The position of a calendar period in the series, or -1. */
    public int positionOf(int period) {
        int at = java.util.Arrays.binarySearch(periods, period);
        return at < 0 ? -1 : at;
    }

    /**
     * This series with the points of {@code update} (same metric and area) put in: a period in both takes
     * the update's point, periods in one only are kept.
     */
    public SeriesInput merge(SeriesInput update) {
        if (update.metric != metric || update.area != area) {
            throw new IllegalArgumentException("can only merge a series of the same metric and area");
        }
        int[] p = new int[periods.length + update.periods.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < periods.length || j < update.periods.length) {
            if (j >= update.periods.length || (i < periods.length && periods[i] < update.periods[j])) {
                p[n++] = periods[i++];
            } else {
                if (i < periods.length && periods[i] == update.periods[j]) {
                    i++;
                }
                p[n++] = update.periods[j++];
            }
        }
        Builder b = new Builder(metric, area, n);
        i = 0;
        j = 0;
        for (int k = 0; k < n; k++) {
            while (j < update.periods.length && update.periods[j] < p[k]) {
                j++;
            }
            if (j < update.periods.length && update.periods[j] == p[k]) {
                b.add(
                        p[k],
                        update.numerator[j],
                        update.denominator[j],
                        update.value[j],
                        update.status[j],
                        update.receivedDay[j]);
            } else {
                while (periods[i] < p[k]) {
                    i++;
                }
                b.add(p[k], numerator[i], denominator[i], value[i], status[i], receivedDay[i]);
            }
        }
        return b.build();
    }

    /** Builds a series point by point, in period order. */
    public static final class Builder {
        private final int metric;
        private final int area;
        private int[] periods;
        private double[] numerator;
        private double[] denominator;
        private double[] value;
        private byte[] status;
        private int[] receivedDay;
        private int n;

        public Builder(int metric, int area, int capacity) {
            this.metric = metric;
            this.area = area;
            int c = Math.max(4, capacity);
            periods = new int[c];
            numerator = new double[c];
            denominator = new double[c];
            value = new double[c];
            status = new byte[c];
            receivedDay = new int[c];
        }

        public Builder add(int period, double num, double den, double val, byte flags, int received) {
            if (n == periods.length) {
                int c = n * 2;
                periods = java.util.Arrays.copyOf(periods, c);
                numerator = java.util.Arrays.copyOf(numerator, c);
                denominator = java.util.Arrays.copyOf(denominator, c);
                value = java.util.Arrays.copyOf(value, c);
                status = java.util.Arrays.copyOf(status, c);
                receivedDay = java.util.Arrays.copyOf(receivedDay, c);
            }
            periods[n] = period;
            numerator[n] = num;
            denominator[n] = den;
            value[n] = val;
            status[n] = flags;
            receivedDay[n] = received;
            n++;
            return this;
        }

        public SeriesInput build() {
            return new SeriesInput(
                    metric,
                    area,
                    java.util.Arrays.copyOf(periods, n),
                    java.util.Arrays.copyOf(numerator, n),
                    java.util.Arrays.copyOf(denominator, n),
                    java.util.Arrays.copyOf(value, n),
                    java.util.Arrays.copyOf(status, n),
                    java.util.Arrays.copyOf(receivedDay, n));
        }
    }
}
