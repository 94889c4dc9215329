package org.joinedup.pipeline.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.pipeline.MetricQuery;

/**
 * A versioned metric definition as written: the metric id (the file name), the version from its
 * {@code -- version: N} header line, its first comment line as a title, and the SQL with helper calls
 * and fragments ({@link SqlTemplates}). {@link #query} expands it into the portable query engines run.
 * The version changes whenever what the definition counts changes; a run records it in its provenance.
 */
public record Definition(String metricId, int version, String title, String source) {
    private static final String RESOURCES = "/org/joinedup/pipeline/metrics/";
    private static final Pattern VERSION = Pattern.compile("(?m)^--\\s*version:\\s*([0-9]+)\\s*$");
    private static final Pattern DIAGNOSES =
            Pattern.compile("\\b(primary_diagnosis|secondary_diagnoses|diagnosis_list)\\b");
    private static final Pattern TITLE = Pattern.compile("\\A\\s*--\\s*[a-z0-9_]+:\\s*(.*)$", Pattern.MULTILINE);

    public Definition {
        if (version < 1) {
            throw new IllegalArgumentException("metric " + metricId + ": version must be 1 or more");
        }
    }

    /**
     * Reads a definition's text.
     *
     * @throws IllegalArgumentException when there is no {@code -- version: N} line
     */
    public static Definition parse(String metricId, String source) {
        Matcher version = VERSION.matcher(source);
        if (!version.find()) {
            throw new IllegalArgumentException(
                    "metric " + metricId + ": a definition starts with comments including a line '-- version: N'");
        }
        Matcher title = TITLE.matcher(source);
        return new Definition(
                metricId,
                Integer.parseInt(version.group(1)),
                title.find() ? title.group(1).strip() : metricId,
                source);
    }

    /** The portable query, helpers and fragments expanded, checked by {@link MetricQuery}. */
    public MetricQuery query() {
        try {
            return new MetricQuery(metricId, SqlTemplates.expand(source));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("metric " + metricId + ": " + e.getMessage(), e);
        }
    }

    /** True when the expanded query reads the table (by name, outside comments and strings). */
    public boolean reads(String table) {
        String code = SqlTemplates.withoutCommentsAndStrings(SqlTemplates.expand(source));
        return Pattern.compile("\\b" + Pattern.quote(table) + "\\b")
                .matcher(code)
                .find();
    }

    /**
     * True when the definition's own text (its fragments not expanded) selects on diagnosis codes, so its
     * figures mean nothing unless the input's diagnoses are ICD-10 codes. The frailty breakdown every
     * definition has ({@code @context}) is handled apart, by the run.
     */
    public boolean selectsOnDiagnoses() {
        return DIAGNOSES.matcher(SqlTemplates.withoutCommentsAndStrings(source)).find();
    }

    /** A definition shipped with the pipeline, {@code org/joinedup/pipeline/metrics/<id>.sql}. */
    public static Definition builtIn(String metricId) {
        return parse(metricId, resource(metricId + ".sql"));
    }

    /** Every definition the runner runs by default, in the order of {@code metrics/index.txt}. */
    public static List<Definition> builtIns() {
        List<Definition> all = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                all.add(builtIn(id));
            }
        }
        return List.copyOf(all);
    }

    /** A local definition: the file {@code <id>.sql}, whose name gives the metric id. */
    public static Definition fromFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".sql")) {
            throw new IllegalArgumentException(file + ": a metric definition is a .sql file named after the metric");
        }
        try {
            return parse(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Definition.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in metric resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCES + name, e);
        }
    }
}
