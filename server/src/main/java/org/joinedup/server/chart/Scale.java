package org.joinedup.server.chart;

/** A linear map from data values to drawing coordinates. */
record Scale(double domainMin, double domainMax, double rangeMin, double rangeMax) {
    Scale {
        if (!(domainMax > domainMin)) {
            domainMax = domainMin + 1;
        }
    }

    double at(double value) {
        return rangeMin + (value - domainMin) / (domainMax - domainMin) * (rangeMax - rangeMin);
    }

    /** The position of a value kept within the range (for unbounded interval ends). */
    double clamped(double value) {
        double lo = Math.min(rangeMin, rangeMax);
        double hi = Math.max(rangeMin, rangeMax);
        if (value == Double.POSITIVE_INFINITY) {
            return rangeMax;
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return rangeMin;
        }
        return Math.max(lo, Math.min(hi, at(value)));
    }
}
