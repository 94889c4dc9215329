package org.joinedup.server.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a file's header puts the columns a format knows: unknown, duplicate and missing required columns
 * are reported as problems on row 1, named by their spreadsheet letter.
 */
public final class HeaderColumns {
    private final List<String> known;
    private final int[] index;

    private HeaderColumns(List<String> known, int[] index) {
        this.known = known;
        this.index = index;
    }

    public static HeaderColumns map(
            String file,
            List<String> header,
            List<String> known,
            List<String> required,
            List<SubmissionProblem> problems) {
        int[] index = new int[known.size()];
        Arrays.fill(index, -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            String column = columnLetter(i);
            int position = known.indexOf(name);
            if (position < 0) {
                problems.add(new SubmissionProblem(
                        file, 1, column, header.get(i), "unknown column; expected one of " + String.join(", ", known)));
            } else if (seen.putIfAbsent(name, i) != null) {
                problems.add(new SubmissionProblem(file, 1, column, header.get(i), "duplicate column"));
            } else {
                index[position] = i;
            }
        }
        for (String column : required) {
            if (index[known.indexOf(column)] < 0) {
                problems.add(new SubmissionProblem(file, 1, "", column, "required column is missing"));
            }
        }
        return new HeaderColumns(known, index);
    }

    public boolean has(String column) {
        return index[known.indexOf(column)] >= 0;
    }

    /** A data row's cells in the order of the known columns, stripped; empty where the file has none. */
    public List<String> values(List<String> cells) {
        List<String> values = new ArrayList<>(index.length);
        for (int position : index) {
            values.add(
                    position >= 0 && position < cells.size()
                            ? cells.get(position).strip()
                            : "");
        }
        return values;
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
