package org.joinedup.server.submission;

import java.util.List;

/** The canonical submission columns and where a file's header puts them. */
final class SubmissionColumns {
    static final List<String> ALL =
            List.of("metric", "area_code", "period", "breakdown", "numerator", "denominator", "value", "status");
    static final List<String> REQUIRED = List.of("metric", "area_code", "period");

    private final HeaderColumns columns;

    private SubmissionColumns(HeaderColumns columns) {
        this.columns = columns;
    }

    /** Maps a header row, reporting unknown, duplicate and missing columns as problems. */
    static SubmissionColumns fromHeader(String file, List<String> header, List<SubmissionProblem> problems) {
        HeaderColumns columns = HeaderColumns.map(file, header, ALL, REQUIRED, problems);
        if (!columns.has("value") && !columns.has("numerator")) {
            problems.add(
                    new SubmissionProblem(file, 1, "", "value", "give a value column, a numerator column, or both"));
        }
        return new SubmissionColumns(columns);
    }

    RawRow row(int rowNumber, List<String> cells) {
        List<String> values = columns.values(cells);
        return new RawRow(
                rowNumber,
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5),
                values.get(6),
                values.get(7));
    }
}
