package org.joinedup.server.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.observation.ValueCalculator;
import org.joinedup.core.period.Period;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.store.StoredObservation;
import org.springframework.stereotype.Service;

/** Builds the scorecard: the logic model's outcomes with each metric's latest figure for one area. */
@Service
public class ScorecardService {
    /** The oldest geography structure shipped; older periods are shown on it. */
    static final LocalDate EARLIEST_STRUCTURE = LocalDate.of(2022, 7, 1);

    private final ReferenceData reference;
    private final ObservationReader reader;

    ScorecardService(ReferenceData reference, ObservationReader reader) {
        this.reference = reference;
        this.reader = reader;
    }

    /** The scorecard for an area: one section per outcome group, then the impacts. */
    public List<SectionView> sections(Area area) {
        Catalogue catalogue = reference.catalogue();
        Map<String, Tile> tiles = tiles(area, catalogue);
        List<SectionView> sections = new ArrayList<>();
        for (FrameworkBox group : catalogue.framework().boxes(Layer.OUTCOME)) {
            if (group.parent() != null) {
                continue;
            }
            List<StatementView> statements = new ArrayList<>();
            for (FrameworkBox statement : catalogue.framework().boxes(Layer.OUTCOME)) {
                if (group.id().equals(statement.parent())) {
                    statements.add(new StatementView(
                            statement.id(),
                            statement.text(),
                            catalogue.metricsForOutcome(statement.id()).stream()
                                    .map(m -> tiles.get(m.id()))
                                    .toList()));
                }
            }
            sections.add(new SectionView(group.id(), group.text(), statements));
        }
        List<StatementView> impacts = new ArrayList<>();
        for (FrameworkBox impact : catalogue.framework().boxes(Layer.IMPACT)) {
            impacts.add(new StatementView(
                    impact.id(),
                    impact.text(),
                    catalogue.metrics().stream()
                            .filter(m -> m.latest().impacts().contains(impact.id()))
                            .map(m -> tiles.get(m.id()))
                            .toList()));
        }
        sections.add(new SectionView("impacts", "Impacts", impacts));
        return sections;
    }

    private Map<String, Tile> tiles(Area area, Catalogue catalogue) {
        Geography geography = reference.geography();
        Set<String> codes = new LinkedHashSet<>();
        codes.add(area.code());
        for (LocalDate date : List.of(LocalDate.now(), EARLIEST_STRUCTURE, LocalDate.of(2024, 1, 1))) {
            geography.descendants(area.code(), date).forEach(a -> codes.add(a.code()));
        }
        ObservationQuery query = new ObservationQuery(List.of(), codes, List.of(), true, null);
        Map<String, TreeMap<Period, Map<String, StoredObservation>>> byMetric = new HashMap<>();
        reader.read(
                query,
                o -> byMetric.computeIfAbsent(o.metricId(), k -> new TreeMap<>())
                        .computeIfAbsent(
                                new Period(
                                        org.joinedup.core.period.PeriodType.valueOf(o.periodType()),
                                        o.periodStart(),
                                        o.periodEnd()),
                                k -> new HashMap<>())
                        .put(o.areaCode(), o));
        Map<String, Set<String>> heldFor = reader.areaTypesWithData();
        Map<String, Tile> tiles = new LinkedHashMap<>();
        for (Metric metric : catalogue.metrics()) {
            tiles.put(
                    metric.id(),
                    tile(
                            area,
                            metric,
                            byMetric.getOrDefault(metric.id(), new TreeMap<>()),
                            heldFor.getOrDefault(metric.id(), Set.of())));
        }
        return tiles;
    }

    private Tile tile(
            Area area,
            Metric metric,
            TreeMap<Period, Map<String, StoredObservation>> periods,
            Set<String> typesHoldingData) {
        Geography geography = reference.geography();
        int valueOnly = 0;
        for (Map.Entry<Period, Map<String, StoredObservation>> entry :
                periods.descendingMap().entrySet()) {
            Period period = entry.getKey();
            MetricDefinition definition = metric.versionFor(period).orElse(metric.latest());
            StoredObservation own = entry.getValue().get(area.code());
            if (own != null && own.value() != null) {
                return filled(definition, own.value(), period, "Reported for this area");
            }
            LocalDate structure = period.end().isBefore(EARLIEST_STRUCTURE) ? EARLIEST_STRUCTURE : period.end();
            RollUp.Sum sum = new RollUp(geography, entry.getValue(), structure).of(area);
            valueOnly = Math.max(valueOnly, sum.valueOnly());
            if (sum.isEmpty()) {
                continue;
            }
            // A directly standardised rate needs its age bands, not one numerator and denominator.
            OptionalDouble value = definition.valueType() == ValueType.DSR
                    ? OptionalDouble.empty()
                    : ValueCalculator.value(
                            definition, sum.numerator(), sum.hasDenominator() ? sum.denominator() : null);
            if (value.isPresent()) {
                return filled(definition, value.getAsDouble(), period, "Sum of " + describe(sum.contributors()));
            }
        }
        MetricDefinition latest = metric.latest();
        String reason;
        if (valueOnly > 0) {
            reason = "Not available for this area: published as rates for smaller areas, which cannot be added up";
        } else if (typesHoldingData.isEmpty()) {
            reason = "No data held yet";
        } else if (periods.isEmpty()) {
            reason = "No data for this area; held for "
                    + typesHoldingData.stream()
                            .map(type -> Format.typeName(AreaType.valueOf(type), true))
                            .collect(Collectors.joining(", "));
        } else {
            reason = "No data for this area";
        }
        return new Tile(
                metric.id(),
                latest.title(),
                null,
                null,
                null,
                null,
                Format.polarity(latest.polarity()),
                latest.source(),
                latest.verified(),
                Format.sets(latest.sets()),
                reason);
    }

    private static Tile filled(MetricDefinition definition, double value, Period period, String provenance) {
        return new Tile(
                definition.id(),
                definition.title(),
                Format.value(definition, value),
                Format.unit(definition),
                period.label(),
                provenance,
                Format.polarity(definition.polarity()),
                definition.source(),
                definition.verified(),
                Format.sets(definition.sets()),
                null);
    }

    private static String describe(Set<Area> contributors) {
        Map<AreaType, Long> counts = contributors.stream()
                .collect(Collectors.groupingBy(
                        Area::type, () -> new TreeMap<>(Comparator.naturalOrder()), Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + Format.typeName(e.getKey(), e.getValue() != 1))
                .collect(Collectors.joining(" and "));
    }
}
