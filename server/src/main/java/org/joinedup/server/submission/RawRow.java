package org.joinedup.server.submission;

/**
 * One data row of a submission as the file gave it, before any checks; {@code row} counts the header
 * as row 1, as a spreadsheet shows it. Missing cells are empty strings.
 */
record RawRow(
        int row,
        String metric,
        String areaCode,
        String period,
        String breakdown,
        String numerator,
        String denominator,
        String value,
        String status) {}
