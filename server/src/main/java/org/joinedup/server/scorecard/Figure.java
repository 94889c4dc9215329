package org.joinedup.server.scorecard;

import java.util.List;
import org.joinedup.core.spc.Variation;
import org.joinedup.server.chart.Sparkline;

/**
 * A tile's figure for the chosen area and period, with what the assessment says of it. Icons and kite mark
 * are SVG text, already escaped, each with its own text alternative; so is the sparkline, drawn once the tile
 * is placed on the page (see {@link #placedAt}).
 *
 * @param provenance e.g. "Reported for this area" or "Sum of the areas within it"
 * @param details further lines: the 95% confidence interval, the recent trend, where it stands against the plan
 * @param england "Better than England", "Similar to England", ...; null when not compared
 * @param englandClass the comparison as a CSS class: better, similar, worse, higher, lower
 * @param parent the comparison with the area's parent (its peers' ICB, PCN, ...); null when none
 * @param yearToDate the financial year to date, e.g. "2024-25 to date (6 months): 12,345"; null when none
 * @param yearEnd the forecast outturn with its 95% interval; null when none, or while a seasonal fit is being made
 * @param offPlan true when the figure is off track against its plan
 * @param qualityWarning true when the kite mark rates the figure poor
 */
public record Figure(
        String valueText,
        String unit,
        String period,
        String provenance,
        List<String> details,
        String england,
        String englandClass,
        String parent,
        String variationIcon,
        String assuranceIcon,
        Sparkline.Data sparklineData,
        String sparkline,
        String kiteMark,
        String yearToDate,
        String yearEnd,
        Variation variation,
        boolean offPlan,
        boolean qualityWarning) {
    public Figure {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /**
     * The same figure with its sparkline drawn with ids made from a place on the page: a metric can appear
     * under more than one statement, and ids must be unique.
     */
    Figure placedAt(String place) {
        String svg = Sparkline.svg(sparklineData, 120, 32, "spark-" + place);
        return new Figure(
                valueText,
                unit,
                period,
                provenance,
                details,
                england,
                englandClass,
                parent,
                variationIcon,
                assuranceIcon,
                sparklineData,
                svg,
                kiteMark,
                yearToDate,
                yearEnd,
                variation,
                offPlan,
                qualityWarning);
    }

    public boolean improving() {
        return variation == Variation.IMPROVEMENT_HIGH || variation == Variation.IMPROVEMENT_LOW;
    }

    public boolean deteriorating() {
        return variation == Variation.CONCERN_HIGH || variation == Variation.CONCERN_LOW;
    }
}
