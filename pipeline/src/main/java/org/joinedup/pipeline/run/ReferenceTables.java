package org.joinedup.pipeline.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference tables the definitions read besides the linked data, as files an engine registers:
 *
 * <ul>
 *   <li>{@code lsoa_lookup(lsoa_code, la_code, imd_decile, ...)}: the shipped LSOA 2011 to local authority
 *       2019 and IMD 2019 decile lookup, {@code opendata/geography/lsoa11_to_la2019_imd2019_score_decile.csv.gz}
 *   <li>{@code hfrs_points(code, points)}: the Hospital Frailty Risk Score points by 3-character ICD-10
 *       code (Gilbert et al. 2018), made from {@code opendata/codelists/hfrs_gilbert2018_points.tsv}
 * </ul>
 */
public final class ReferenceTables {
    public static final String LSOA_LOOKUP = "lsoa_lookup";
    public static final String HFRS_POINTS = "hfrs_points";

    /** Where the files are under the repository's (or the server jar's) {@code opendata/} folder. */
    public static final String LSOA_LOOKUP_FILE = "geography/lsoa11_to_la2019_imd2019_score_decile.csv.gz";

    public static final String HFRS_POINTS_FILE = "codelists/hfrs_gilbert2018_points.tsv";

    private ReferenceTables() {}

    /** Something that opens a shipped file, such as a classpath resource or a file in a folder. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String relativePath) throws IOException;
    }

    /** The tables from an {@code opendata/} folder on disk. */
    public static Map<String, Path> fromFolder(Path opendata, Path work) {
        return prepare(relative -> Files.newInputStream(opendata.resolve(relative)), work);
    }

    /**
     * Copies the lookup and converts the HFRS points (tab separated, with descriptions and spaces) to a
     * two-column CSV in the work folder.
     *
     * @return the files by table name
     */
    public static Map<String, Path> prepare(Opener opener, Path work) {
        try {
            Files.createDirectories(work);
            Path lookup = work.resolve(LSOA_LOOKUP + ".csv.gz");
            try (InputStream in = opener.open(LSOA_LOOKUP_FILE)) {
                Files.copy(in, lookup, StandardCopyOption.REPLACE_EXISTING);
            }
            Path points = work.resolve(HFRS_POINTS + ".csv");
            try (InputStream in = opener.open(HFRS_POINTS_FILE)) {
                Files.writeString(points, hfrsCsv(in), StandardCharsets.UTF_8);
            }
            Map<String, Path> tables = new LinkedHashMap<>();
            tables.put(LSOA_LOOKUP, lookup);
            tables.put(HFRS_POINTS, points);
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the reference tables in " + work, e);
        }
    }

    /** {@code code,points} from the Gilbert 2018 table: the first column's code and the last column. */
    static String hfrsCsv(InputStream tsv) throws IOException {
        StringBuilder csv = new StringBuilder("code,points\n");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.toLowerCase().startsWith("icd code")) {
                throw new IOException("the HFRS points table does not start with its 'ICD Code' header");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                String code = cells[0].strip().toUpperCase().replace(".", "");
                String points = cells[cells.length - 1].strip();
                if (!code.matches("[A-Z][0-9]{2}") || !points.matches("[0-9]+(\\.[0-9]+)?")) {
                    throw new IOException("HFRS points: cannot read the line '" + line + "'");
                }
                csv.append(code).append(',').append(points).append('\n');
            }
        }
        return csv.toString();
    }
}
