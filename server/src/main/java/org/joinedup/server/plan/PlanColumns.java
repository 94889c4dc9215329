package org.joinedup.server.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinedup.server.submission.SubmissionProblem;

/** The plan submission columns and where a file's header puts them. */
final class PlanColumns {
    static final List<String> ALL =
            List.of("metric", "area_code", "financial_year", "period", "value", "kind", "source");
    static final List<String> REQUIRED = List.of("metric", "area_code", "financial_year", "value");

    private final int[] index;

    private PlanColumns(int[] index) {
        this.index = index;
    }

    /** Maps a header row, reporting unknown, duplicate and missing columns as problems. */
    static PlanColumns fromHeader(String file, List<String> header, List<SubmissionProblem> problems) {
        int[] index = new int[ALL.size()];
        Arrays.fill(index, -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            String column = columnLetter(i);
            int known = ALL.indexOf(name);
            if (known < 0) {
                problems.add(new SubmissionProblem(
                        file, 1, column, header.get(i), "unknown column; expected one of " + String.join(", ", ALL)));
            } else if (seen.putIfAbsent(name, i) != null) {
                problems.add(new SubmissionProblem(file, 1, column, header.get(i), "duplicate column"));
            } else {
                index[known] = i;
            }
        }
        for (String required : REQUIRED) {
            if (index[ALL.indexOf(required)] < 0) {
                problems.add(new SubmissionProblem(file, 1, "", required, "required column is missing"));
            }
        }
        return new PlanColumns(index);
    }

    PlanRow row(int rowNumber, List<String> cells) {
        List<String> values = new ArrayList<>(ALL.size());
        for (int position : index) {
            values.add(
                    position >= 0 && position < cells.size()
                            ? cells.get(position).strip()
                            : "");
        }
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

    /** The spreadsheet letter of a column (0 -> A, 26 -> AA). */
    static String columnLetter(int zeroBased) {
        StringBuilder letters = new StringBuilder();
        for (int n = zeroBased + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
