package org.joinedup.core.quality;

import java.time.LocalDate;
import java.util.Objects;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.period.Period;

/**
 * What is known about one metric, area and period when its kite mark is drawn. The metric supplies
 * frequency, lag and source type; {@code asAt} is the day of the assessment. Every other fact is
 * null when it was not recorded, and the segment that needs it is then not assessed.
 *
 * @param receivedOn day the figure was received; null when it has not been
 * @param coverage expected and received areas and breakdowns
 * @param validation errors and warnings from validating the submission
 * @param history the figure against its earlier values and its previous publication
 * @param signOff the owner's sign-off, null while no sign-off process is in place
 */
public record KiteMarkFacts(
        MetricDefinition metric,
        String areaCode,
        Period period,
        LocalDate asAt,
        LocalDate receivedOn,
        Coverage coverage,
        Validation validation,
        History history,
        SignOff signOff) {
    public KiteMarkFacts {
        Objects.requireNonNull(metric, "metric");
        if (areaCode == null || areaCode.isBlank()) {
            throw new IllegalArgumentException("kite mark facts need an area code");
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asAt, "asAt");
        if (receivedOn != null && receivedOn.isAfter(asAt)) {
            throw new IllegalArgumentException(metric.id() + " " + areaCode + " " + period + ": received " + receivedOn
                    + " after the assessment day " + asAt);
        }
    }

    /** Facts with nothing recorded yet but the metric, area, period and assessment day. */
    public static KiteMarkFacts of(MetricDefinition metric, String areaCode, Period period, LocalDate asAt) {
        return new KiteMarkFacts(metric, areaCode, period, asAt, null, null, null, null, null);
    }

    public KiteMarkFacts withReceivedOn(LocalDate v) {
        return new KiteMarkFacts(metric, areaCode, period, asAt, v, coverage, validation, history, signOff);
    }

    public KiteMarkFacts withCoverage(Coverage v) {
        return new KiteMarkFacts(metric, areaCode, period, asAt, receivedOn, v, validation, history, signOff);
    }

    public KiteMarkFacts withValidation(Validation v) {
        return new KiteMarkFacts(metric, areaCode, period, asAt, receivedOn, coverage, v, history, signOff);
    }

    public KiteMarkFacts withHistory(History v) {
        return new KiteMarkFacts(metric, areaCode, period, asAt, receivedOn, coverage, validation, v, signOff);
    }

    public KiteMarkFacts withSignOff(SignOff v) {
        return new KiteMarkFacts(metric, areaCode, period, asAt, receivedOn, coverage, validation, history, v);
    }
}
