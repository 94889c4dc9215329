package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test series on consecutive month starts from April 2020. */
final class Series {
    static final LocalDate START = LocalDate.of(2020, 4, 1);

    private Series() {}

    static LocalDate month(int i) {
        return START.plusMonths(i);
    }

    static List<SpcObservation> of(double... values) {
        List<SpcObservation> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(SpcObservation.of(month(i), values[i]));
        }
        return series;
    }

    static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] part : parts) {
            n += part.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** {@code n} values alternating low, high, low, ... */
    static double[] alternating(int n, double low, double high) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i % 2 == 0 ? low : high;
        }
        return out;
    }
}
