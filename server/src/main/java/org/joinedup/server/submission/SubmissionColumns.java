package org.joinedup.server.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The canonical submission columns and where a file's header puts them. */
final class SubmissionColumns {
    static final List<String> ALL =
            List.of("metric", "area_code", "period", "breakdown", "numerator", "denominator", "value", "status");
    static final List<String> REQUIRED = List.of("metric", "area_code", "period");

    private final int[] index;

    private SubmissionColumns(int[] index) {
        this.index = index;
    }

    /** Maps a header row, reporting unknown, duplicate and missing columns as problems. */
    static SubmissionColumns fromHeader(String file, List<String> header, List<SubmissionProblem> problems) {
        int[] index = new int[ALL.size()];
        java.util.Arrays.fill(index, -1);
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
        if (index[ALL.indexOf("value")] < 0 && index[ALL.indexOf("numerator")] < 0) {
            problems.add(
                    new SubmissionProblem(file, 1, "", "value", "give a value column, a numerator column, or both"));
        }
        return new SubmissionColumns(index);
    }

    RawRow row(int rowNumber, List<String> cells) {
        List<String> values = new ArrayList<>(ALL.size());
        for (int position : index) {
            values.add(
                    position >= 0 && position < cells.size()
                            ? cells.get(position).strip()
                            : "");
        }
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

    /** The spreadsheet letter of a column (0 -> A, 26 -> AA) of the file as it was given. */
    String letterOf(String column) {
        int position = index[ALL.indexOf(column)];
        return position < 0 ? column : columnLetter(position) + " (" + column + ")";
    }

    static String columnLetter(int zeroBased) {
        StringBuilder letters = new StringBuilder();
        for (int n = zeroBased + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
