package org.joinedup.core.catalogue;

/**
 * One thing wrong in a catalogue file.
 *
 * @param row spreadsheet row (header = 1), or 0 when the problem is not tied to a file row
 * @param entryId the box or metric id of the row, or "" when unknown
 * @param field the column, or "" for the whole row
 */
public record CatalogueProblem(String file, int row, String entryId, String field, String value, String reason) {
    public CatalogueProblem {
        file = file == null ? "" : file;
        entryId = entryId == null ? "" : entryId;
        field = field == null ? "" : field;
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file.isEmpty() ? "catalogue" : file);
        if (row > 0) {
            sb.append(" row ").append(row);
        }
        if (!entryId.isEmpty()) {
            sb.append(" (").append(entryId).append(')');
        }
        if (!field.isEmpty()) {
            sb.append(' ').append(field);
            if (!value.isEmpty()) {
                sb.append("='").append(value).append('\'');
            }
        }
        return sb.append(": ").append(reason).toString();
    }
}
