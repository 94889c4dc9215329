package org.joinedup.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.framework.Link;
import org.joinedup.core.framework.LinkKind;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.core.text.CsvRow;
import org.joinedup.core.text.CsvSource;
import org.joinedup.core.text.CsvTable;

/**
 * Reads framework.csv, framework_links.csv and metrics.csv (docs/formats.md section 2), reporting every
 * problem in all three files at once with its file, row, entry and field.
 */
public final class CatalogueCsv {
    static final List<String> FRAMEWORK_COLUMNS = List.of("id", "layer", "group", "parent", "text", "source");
    static final List<String> LINK_COLUMNS = List.of("box", "kind", "title", "url");
    static final List<String> METRIC_COLUMNS = List.of(
            "id",
            "version",
            "title",
            "definition",
            "rationale",
            "numerator",
            "denominator",
            "value_type",
            "unit",
            "multiplier",
            "polarity",
            "ci_method",
            "frequency",
            "lag_days",
            "source",
            "source_type",
            "scope",
            "valid_from",
            "valid_to",
            "outcomes",
            "impacts",
            "sets",
            "accountable_role",
            "standard",
            "purpose",
            "breakdowns",
            "area_types",
            "verified",
            "notes");
    private static final List<String> REQUIRED_METRIC_COLUMNS = List.of(
            "id",
            "version",
            "title",
            "value_type",
            "polarity",
            "frequency",
            "source_type",
            "scope",
            "purpose",
            "verified");

    private final List<CatalogueProblem> problems = new ArrayList<>();

    private CatalogueCsv() {}

    /** Reads a whole catalogue; any source may be null when there is no such file. */
    public static Catalogue read(CsvSource framework, CsvSource links, CsvSource metrics) {
        return readExtension(Catalogue.empty(), framework, links, metrics);
    }

    /**
     * Reads a local extension and merges it into the base, checking it against the base.
     *
     * @throws CatalogueException listing every problem found in the files
     */
    public static Catalogue readExtension(Catalogue base, CsvSource framework, CsvSource links, CsvSource metrics) {
        CatalogueCsv csv = new CatalogueCsv();
        List<Entry<FrameworkBox>> boxes = new ArrayList<>();
        List<Entry<Link>> linkEntries = new ArrayList<>();
        List<Entry<MetricDefinition>> definitions = new ArrayList<>();
        csv.each(
                framework,
                FRAMEWORK_COLUMNS,
                List.of("id", "layer", "group", "text"),
                row -> csv.box(framework, row, boxes));
        csv.each(links, LINK_COLUMNS, LINK_COLUMNS, row -> csv.link(links, row, linkEntries));
        csv.each(metrics, METRIC_COLUMNS, REQUIRED_METRIC_COLUMNS, row -> csv.metric(metrics, row, definitions));
        return new CatalogueAssembler(base, csv.problems).assemble(boxes, linkEntries, definitions);
    }

    private void each(CsvSource source, List<String> known, List<String> required, Consumer<CsvRow> action) {
        if (source == null) {
            return;
        }
        CsvTable table;
        try {
            table = Csv.read(source);
        } catch (CsvFormatException e) {
            problems.add(new CatalogueProblem(source.name(), e.row(), "", "", "", e.reason()));
            return;
        }
        for (String column : table.header().names()) {
            if (!known.contains(column)) {
                problems.add(new CatalogueProblem(source.name(), 1, "", column, "", "unknown column"));
            }
        }
        List<String> missing =
                required.stream().filter(c -> !table.header().contains(c)).toList();
        for (String column : missing) {
            problems.add(new CatalogueProblem(source.name(), 1, "", column, "", "required column is missing"));
        }
        if (missing.isEmpty()) {
            table.rows().stream().filter(r -> !r.isBlank()).forEach(action);
        }
    }

    private void box(CsvSource source, CsvRow row, List<Entry<FrameworkBox>> out) {
        RowCells cells = new RowCells(source.name(), row, "id", problems);
        cells.required("id");
        Layer layer = cells.enumValue("layer", Layer.class);
        String group = cells.required("group");
        String text = cells.required("text");
        if (!cells.failed()) {
            FrameworkBox box = new FrameworkBox(
                    cells.id(), layer, group, cells.text("parent"), text, cells.text("source"), List.of());
            out.add(cells.entry(box));
        }
    }

    private void link(CsvSource source, CsvRow row, List<Entry<Link>> out) {
        RowCells cells = new RowCells(source.name(), row, "box", problems);
        cells.required("box");
        LinkKind kind = cells.enumValue("kind", LinkKind.class);
        String title = cells.required("title");
        String url = cells.required("url");
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            cells.fail("url", url, "expected a web address starting http:// or https://");
        }
        if (!cells.failed()) {
            out.add(cells.entry(new Link(kind, title, url)));
        }
    }

    private void metric(CsvSource source, CsvRow row, List<Entry<MetricDefinition>> out) {
        RowCells c = new RowCells(source.name(), row, "id", problems);
        String id = c.required("id");
        if (!id.isEmpty() && !MetricDefinition.ID.matcher(id).matches()) {
            c.fail("id", id, "expected lower case letters, digits and _ starting with a letter");
        }
        MetricDefinition.Builder b = MetricDefinition.builder(id, c.positiveInt("version"))
                .title(c.required("title"))
                .definition(c.text("definition"))
                .rationale(c.text("rationale"))
                .numerator(c.text("numerator"))
                .denominator(c.text("denominator"))
                .valueType(c.enumValue("value_type", ValueType.class))
                .unit(c.text("unit"))
                .multiplier(c.multiplier("multiplier"))
                .polarity(c.enumValue("polarity", Polarity.class))
                .ciMethod(c.text("ci_method").isEmpty() ? CiMethod.NONE : c.enumValue("ci_method", CiMethod.class))
                .frequency(c.enumValue("frequency", Frequency.class))
                .lagDays(c.optionalNonNegativeInt("lag_days"))
                .source(c.text("source"))
                .sourceType(c.enumValue("source_type", SourceType.class))
                .scope(c.enumValue("scope", Scope.class))
                .validFrom(c.financialYear("valid_from"))
                .validTo(c.financialYear("valid_to"))
                .outcomes(c.list("outcomes"))
                .impacts(c.list("impacts"))
                .sets(c.list("sets"))
                .accountableRole(c.text("accountable_role"))
                .standard(c.text("standard"))
                .purpose(c.enumValue("purpose", Purpose.class))
                .breakdowns(c.list("breakdowns"))
                .areaTypes(c.enumList("area_types", AreaType.class))
                .verified(c.yesNo("verified"))
                .notes(c.text("notes"));
        if (c.failed()) {
            return;
        }
        try {
            out.add(c.entry(b.build()));
        } catch (IllegalArgumentException e) {
            c.fail(e.getMessage().contains("valid to") ? "valid_to" : "", "", e.getMessage());
        }
    }
}
