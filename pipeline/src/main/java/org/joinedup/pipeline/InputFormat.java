package org.joinedup.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How an input table is stored. CSV files have a header row and are read as text in every column on
 * every engine (definitions cast what they need), so the engines cannot disagree on guessed types;
 * Parquet keeps its own column types.
 */
public enum InputFormat {
    /** A {@code .csv} or {@code .csv.gz} file: UTF-8, comma separated, header row, RFC 4180 quoting. */
    CSV,
    /** A {@code .parquet} file, or a folder of {@code .parquet} files with the same columns. */
    PARQUET;

    /**
     * The format of a file by its name, or {@link #PARQUET} for a folder.
     *
     * @throws IllegalArgumentException for any other file name
     */
    public static InputFormat of(Path path) {
        if (Files.isDirectory(path)) {
            return PARQUET;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
            return CSV;
        }
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        throw new IllegalArgumentException(
                path + ": an input is a .csv, .csv.gz or .parquet file or a folder of" + " .parquet files");
    }
}
