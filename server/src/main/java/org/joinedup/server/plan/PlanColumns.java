package org.joinedup.server.plan;

import java.util.List;
import org.joinedup.server.submission.HeaderColumns;
import org.joinedup.server.submission.SubmissionProblem;

/** The plan submission columns and where a file's header puts them. */
final class PlanColumns {
    static final List<String> ALL =
            List.of("metric", "area_code", "financial_year", "period", "value", "kind", "source");
    static final List<String> REQUIRED = List.of("metric", "area_code", "financial_year", "value");

    private final HeaderColumns columns;

    private PlanColumns(HeaderColumns columns) {
        this.columns = columns;
    }

    /** Maps a header row, reporting unknown, duplicate and missing columns as problems. */
    static PlanColumns fromHeader(String file, List<String> header, List<SubmissionProblem> problems) {
        return new PlanColumns(HeaderColumns.map(file, header, ALL, REQUIRED, problems));
    }

    PlanRow row(int rowNumber, List<String> cells) {
        List<String> values = columns.values(cells);
        return new PlanRow(
                rowNumber,
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5),
                values.get(6));
    }
}
