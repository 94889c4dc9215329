package org.joinedup.server.boardpack;

import java.util.List;
import org.joinedup.core.geography.Area;

/**
 * Everything a board pack shows for one area and period, after disclosure control: the cover, the
 * whole-system summary by scorecard section, and a page per metric with data. The PDF and the spreadsheet are
 * both written from it, so they carry the same figures.
 *
 * @param areaDescription the kind of area and its code, e.g. "ICB, E54000050"
 * @param periodText the period chosen, e.g. "latest available" or "2024-25"
 * @param asAtText the figures' date, e.g. "as held on 22 November 2026"
 * @param generatedText when the pack was made, e.g. "22 November 2026 at 11:43"
 * @param sections the summary: each scorecard section with its metrics, in catalogue order
 * @param metrics a page for each metric with a figure for the area, in the order they first appear
 */
public record BoardPack(
        Area area,
        String areaDescription,
        String periodText,
        String asAtText,
        String generatedText,
        List<PackSection> sections,
        List<MetricPage> metrics) {
    public static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government"
            + " Licence v3.0 (NHS England, NHS Digital, Office for National Statistics, Office for Health Improvement"
            + " and Disparities, Oflog, The Health Foundation). Logic model: Social Care Institute for Excellence, 2017.";
    public static final String LICENCE_URL =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public BoardPack {
        sections = List.copyOf(sections);
        metrics = List.copyOf(metrics);
    }

    /** The title on the cover and each page, e.g. "Board pack: North East and North Cumbria". */
    public String title() {
        return "Board pack: " + area.name();
    }

    /** The number of metrics in the summary, each counted once. */
    public long metricCount() {
        return sections.stream()
                .flatMap(s -> s.rows().stream())
                .map(PackRow::metricId)
                .distinct()
                .count();
    }
}
