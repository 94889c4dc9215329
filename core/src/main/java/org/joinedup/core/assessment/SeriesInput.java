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
}
