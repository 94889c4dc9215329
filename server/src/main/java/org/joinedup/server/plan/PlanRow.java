package org.joinedup.server.plan;

/**
 * One data row of a plan submission as the file gave it, before any checks; {@code row} counts the header
 * as row 1, as a spreadsheet shows it. Missing cells are empty strings.
 */
record PlanRow(
        int row,
        String metric,
        String areaCode,
        String financialYear,
        String period,
        String value,
        String kind,
        String source) {}
