package org.joinedup.core.observation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;

/** Recomputes directly standardised rates from age-band observations where no total was supplied. */
final class DsrTotals {
    private final DefinitionLookup definitions;
    private final Map<String, Double> weights;

    DsrTotals(DefinitionLookup definitions, Map<String, Double> weights) {
        this.definitions = definitions;
        this.weights = weights;
    }

    /** {@code groups} holds, per metric/period/breakdown, every area's observation (native and rolled up). */
    void add(Map<?, Map<String, Observation>> groups, List<Observation> added, List<RollUpIssue> issues) {
        Set<ObservationKey> present = new HashSet<>();
        Map<ObservationKey, List<Observation>> bands = new LinkedHashMap<>();
        for (Map<String, Observation> byArea : groups.values()) {
            for (Observation o : byArea.values()) {
                ObservationKey key = o.key().withArea(o.key().areaCode());
                present.add(key);
                if (o.key().breakdown().get("age").isPresent() && isDsr(o)) {
                    ObservationKey total = key.withBreakdown(key.breakdown().without("age"));
                    bands.computeIfAbsent(total, k -> new ArrayList<>()).add(o);
                }
            }
        }
        bands.forEach((total, list) -> {
            if (!present.contains(total)) {
                standardise(total, list, issues).ifPresent(added::add);
            }
        });
    }

    private boolean isDsr(Observation o) {
        return definitions
                .find(o.key().metricId(), o.definitionVersion())
                .map(d -> d.valueType() == ValueType.DSR)
                .orElse(false);
    }

    private Optional<Observation> standardise(ObservationKey total, List<Observation> list, List<RollUpIssue> issues) {
        Map<String, double[]> byBand = new LinkedHashMap<>();
        double events = 0;
        double population = 0;
        boolean provisional = false;
        for (Observation o : list) {
            String band = o.key().breakdown().get("age").orElseThrow();
            if (!weights.containsKey(band)) {
                issues.add(
                        new RollUpIssue(o.key(), RollUpIssue.Kind.UNKNOWN_AGE_BAND, "no standard weight for " + band));
                return Optional.empty();
            }
            if (o.isValueOnly() || o.denominator() == null) {
                issues.add(new RollUpIssue(o.key(), RollUpIssue.Kind.VALUE_ONLY, "cannot be standardised"));
                return Optional.empty();
            }
            byBand.put(band, new double[] {o.numerator(), o.denominator()});
            events += o.numerator();
            population += o.denominator();
            provisional |= o.status() == Status.PROVISIONAL;
        }
        int version = list.get(0).definitionVersion();
        MetricDefinition def = definitions.find(total.metricId(), version).orElseThrow();
        double rate = ValueCalculator.directlyStandardisedRate(byBand, weights, def.multiplier());
        return Optional.of(new Observation(
                total, version, events, population, rate, provisional ? Status.PROVISIONAL : Status.FINAL));
    }
}
