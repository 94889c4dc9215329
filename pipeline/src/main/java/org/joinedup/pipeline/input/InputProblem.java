package org.joinedup.pipeline.input;

/**
 * One problem with one row of an input file.
 *
 * @param file the file name as found in the input folder, e.g. {@code hospital_spells.csv}
 * @param row the row: in CSV the spreadsheet row (the header is row 1, the first data row is 2); in
 *     Parquet the record number counted from 1 (a folder of Parquet files is read as one sequence, files
 *     in name order); 1 for a problem with the file as a whole (a missing column)
 * @param field the column, or empty for the row as a whole
 * @param reason what is wrong, with the value
 */
public record InputProblem(String file, long row, String field, String reason) {
    @Override
    public String toString() {
        return file + " row " + row + (field.isEmpty() ? "" : " " + field) + ": " + reason;
    }
}
