package org.joinedup.server.opendata;

/** One canonical submission row (docs/formats.md section 1). Absent numbers are null. */
public record CanonicalRow(
        String metric,
        String areaCode,
        String period,
        String breakdown,
        Double numerator,
        Double denominator,
        Double value,
        String status) {

    public static final String FINAL = "final";
    public static final String PROVISIONAL = "provisional";
}
