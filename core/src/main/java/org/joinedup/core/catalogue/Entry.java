package org.joinedup.core.catalogue;

/** A parsed value and the file row it came from (row 0 when it came from code). */
record Entry<T>(String file, int row, String id, T value) {
    CatalogueProblem problem(String field, String value, String reason) {
        return new CatalogueProblem(file, row, id, field, value, reason);
    }
}
