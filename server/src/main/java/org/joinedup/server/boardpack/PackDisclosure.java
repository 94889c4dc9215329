package org.joinedup.server.boardpack;

import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.disclosure.Disclosed;
import org.joinedup.core.disclosure.DisclosureControl;
import org.joinedup.core.disclosure.Level;
import org.joinedup.core.disclosure.Marker;
import org.joinedup.core.geography.Area;
import org.joinedup.server.view.Format;

/**
 * Disclosure control (docs/methods/disclosure-control.md) on the figures of a board pack, which goes to
 * people without rights to the underlying rows. England's figures are national and published as they are.
 * Below England: counts of 1 to 7 are suppressed and larger ones rounded to 5; a proportion or crude rate
 * whose counts are held is suppressed when either count is, and otherwise worked out from the rounded counts;
 * a mean of 1 to 7 records is not calculated; standardised figures and figures not about individuals
 * (ratios, averages per day) are published as they are. A rate published without its counts cannot be
 * checked and is shown as published.
 */
final class PackDisclosure {
    private final DisclosureControl control;

    PackDisclosure(DisclosureControl control) {
        this.control = control;
    }

    static PackDisclosure withDefaults() {
        return new PackDisclosure(DisclosureControl.withDefaults());
    }

    /** The text of a suppressed figure, e.g. "suppressed: fewer than 8". */
    String suppressedText() {
        return "suppressed: fewer than " + (control.rules().suppressUpTo() + 1);
    }

    /** The figure of an assessment of a metric in an area, as it may be published. */
    Figure figure(MetricDefinition definition, Area area, Assessment assessment) {
        if (assessment == null || assessment.value() == null) {
            return Figure.none();
        }
        Disclosed disclosed = disclose(definition, Level.of(area.type()), assessment);
        if (disclosed.isHidden()) {
            boolean suppressed = disclosed.marker() != Marker.NOT_CALCULATED;
            return new Figure(null, suppressed ? suppressedText() : disclosed.note(), disclosed.note(), suppressed);
        }
        String text = Format.value(definition, disclosed.value());
        String unit = Format.unit(definition);
        if (!unit.isEmpty()) {
            text = unit.equals("£") ? "£" + text : unit.equals("%") ? text + "%" : text + " " + unit;
        }
        String note = disclosed.marker() == Marker.ROUNDED ? disclosed.note() : "";
        return new Figure(disclosed.value(), text, note, false);
    }

    private Disclosed disclose(MetricDefinition definition, Level level, Assessment a) {
        double value = a.value();
        Double numerator = a.numerator();
        Double denominator = a.denominator();
        return switch (definition.valueType()) {
            case COUNT -> control.count(Math.round(Math.max(0, value)), level);
            case PROPORTION, CRUDE_RATE -> {
                if (numerator == null || denominator == null || numerator < 0 || denominator < 0) {
                    yield published(value);
                }
                Disclosed shownNumerator = control.count(Math.round(numerator), level);
                Disclosed shownDenominator = definition.valueType() == ValueType.PROPORTION
                        ? control.count(Math.round(denominator), level)
                        : Disclosed.notControlled(denominator); // a population, not people counted
                Disclosed rate =
                        control.rate(numerator, shownNumerator, denominator, shownDenominator, definition.multiplier());
                // A value published on another basis than numerator / denominator x multiplier is kept as
                // published: only whether to suppress it is taken from the counts.
                boolean sameBasis = denominator > 0
                        && Math.abs(numerator / denominator * definition.multiplier() - value)
                                <= 0.005 * Math.max(1e-9, Math.abs(value));
                yield rate.isHidden() || sameBasis ? rate : published(value);
            }
            case DSR, ISR ->
                numerator == null || numerator < 0
                        ? published(value)
                        : control.complex(value, control.count(Math.round(numerator), level));
            case MEAN ->
                denominator == null || denominator < 0
                        ? published(value)
                        : control.mean(value, Math.round(denominator), level);
            case RATIO, DAYS_PER_DAY -> Disclosed.notControlled(value);
        };
    }

    private static Disclosed published(double value) {
        return new Disclosed(value, Marker.UNCHANGED, "");
    }
}
