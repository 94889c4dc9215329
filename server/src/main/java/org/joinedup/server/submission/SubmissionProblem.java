package org.joinedup.server.submission;

/**
 * One reason a submission was refused: the file, the row (header = row 1), the column, the value
 * found there, and why it is wrong.
 */
public record SubmissionProblem(String file, int row, String column, String value, String reason) {
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            text.append(", column ").append(column);
        }
        if (!value.isEmpty()) {
            text.append(", value '").append(value).append('\'');
        }
        return text.append(": ").append(reason).toString();
    }
}
