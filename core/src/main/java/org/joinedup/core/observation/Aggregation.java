package org.joinedup.core.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.period.Period;

/**
 * Rolls observations up the geography by adding numerators and denominators, then recomputing the
 * value: rates and proportions are never averaged. Natively supplied values always win. The provider
 * tree is followed first, then NHS, then local government: trusts fill their ICB, and the NHS tree then
 * carries that ICB on to its NHS region and England. An area filled from one tree is not recomputed
 * from another, so trusts never double-count with sub-ICBs. For a DSR, age-band rows are
 * added up and the standardised rate is then recomputed for every area and breakdown that was not
 * supplied with one.
 */
public final class Aggregation {
    private static final String AGE = "age";
    private static final List<Hierarchy> ORDER = List.of(Hierarchy.PROVIDER, Hierarchy.NHS, Hierarchy.LOCAL_GOVERNMENT);

    private final DefinitionLookup definitions;
    private final Map<String, Double> standardWeights;

    public Aggregation(DefinitionLookup definitions) {
        this(definitions, StandardPopulation.ESP2013);
    }

    public Aggregation(DefinitionLookup definitions, Map<String, Double> standardWeights) {
        this.definitions = definitions;
        this.standardWeights = Map.copyOf(standardWeights);
    }

    private record Group(String metricId, Period period, Breakdown breakdown) {}

    public RollUpResult rollUp(Collection<Observation> observations, Geography geography, LocalDate date) {
        List<Observation> added = new ArrayList<>();
        List<RollUpIssue> issues = new ArrayList<>();
        Map<Group, Map<String, Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            Optional<Area> area = geography.resolve(o.key().areaCode(), date);
            if (area.isEmpty()) {
                issues.add(new RollUpIssue(o.key(), RollUpIssue.Kind.UNKNOWN_AREA, "area not in the geography"));
                continue;
            }
            ObservationKey k = o.key();
            groups.computeIfAbsent(new Group(k.metricId(), k.period(), k.breakdown()), g -> new HashMap<>())
                    .putIfAbsent(area.get().code(), o);
        }
        Map<Group, Map<String, Observation>> all = new LinkedHashMap<>();
        groups.forEach((group, values) -> {
            Map<String, Observation> filled = new HashMap<>(values);
            all.put(group, filled);
            if (!isDerivedDsrTotal(group, values.values().iterator().next(), issues)) {
                for (Hierarchy h : ORDER) {
                    new GroupRollUp(geography, date, h, filled, added, issues).run();
                }
            }
        });
        new DsrTotals(definitions, standardWeights).add(all, added, issues);
        return new RollUpResult(added, issues);
    }

    /** A DSR row without an age band is a standardised total: it is recomputed from the bands, never added. */
    private boolean isDerivedDsrTotal(Group group, Observation sample, List<RollUpIssue> issues) {
        Optional<MetricDefinition> def = definitions.find(group.metricId(), sample.definitionVersion());
        return def.isPresent()
                && def.get().valueType() == ValueType.DSR
                && group.breakdown().get(AGE).isEmpty();
    }

    /** Fills the ancestors of one metric/period/breakdown's areas along one tree. */
    private final class GroupRollUp {
        private final Geography geography;
        private final LocalDate date;
        private final Hierarchy hierarchy;
        private final Map<String, Observation> values;
        private final List<Observation> added;
        private final List<RollUpIssue> issues;
        private final Set<String> relevant = new HashSet<>();

        GroupRollUp(
                Geography geography,
                LocalDate date,
                Hierarchy hierarchy,
                Map<String, Observation> values,
                List<Observation> added,
                List<RollUpIssue> issues) {
            this.geography = geography;
            this.date = date;
            this.hierarchy = hierarchy;
            this.values = values;
            this.added = added;
            this.issues = issues;
        }

        void run() {
            List<String> targets = new ArrayList<>();
            for (String code : List.copyOf(values.keySet())) {
                markAncestors(code, targets);
            }
            for (String target : targets) {
                compute(target);
            }
        }

        private void markAncestors(String code, List<String> targets) {
            for (Area parent : geography.parents(code, hierarchy, date)) {
                if (relevant.add(parent.code())) {
                    targets.add(parent.code());
                    markAncestors(parent.code(), targets);
                }
            }
        }

        private Observation compute(String code) {
            Observation known = values.get(code);
            if (known != null || !relevant.contains(code)) {
                return known;
            }
            List<Observation> parts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Area child : geography.children(code, hierarchy, date)) {
                Observation o = compute(child.code());
                if (o == null) {
                    missing.add(child.code());
                } else {
                    parts.add(o);
                }
            }
            relevant.remove(code); // computed (or found impossible) once
            Observation sum = sum(code, parts, missing);
            if (sum != null) {
                values.put(code, sum);
                added.add(sum);
            }
            return sum;
        }

        private Observation sum(String code, List<Observation> parts, List<String> missing) {
            if (parts.isEmpty()) {
                return null;
            }
            ObservationKey key = parts.get(0).key().withArea(code);
            int version = parts.get(0).definitionVersion();
            if (parts.stream().anyMatch(p -> p.definitionVersion() != version)) {
                issues.add(new RollUpIssue(key, RollUpIssue.Kind.MIXED_VERSIONS, "children use different versions"));
                return null;
            }
            Optional<MetricDefinition> def = definitions.find(key.metricId(), version);
            if (def.isEmpty()) {
                issues.add(new RollUpIssue(key, RollUpIssue.Kind.NO_DEFINITION, "no definition version " + version));
                return null;
            }
            boolean needsDenominator = ValueCalculator.needsDenominator(def.get());
            double numerator = 0;
            double denominator = 0;
            boolean allDenominators = true;
            boolean provisional = false;
            int used = 0;
            for (Observation p : parts) {
                if (p.isValueOnly() || (needsDenominator && p.denominator() == null)) {
                    issues.add(new RollUpIssue(p.key(), RollUpIssue.Kind.VALUE_ONLY, "cannot be added into " + code));
                    missing.add(p.key().areaCode());
                    continue;
                }
                numerator += p.numerator();
                allDenominators &= p.denominator() != null;
                denominator += p.denominator() == null ? 0 : p.denominator();
                provisional |= p.status() == Status.PROVISIONAL;
                used++;
            }
            if (used == 0) {
                return null;
            }
            if (!missing.isEmpty()) {
                issues.add(new RollUpIssue(key, RollUpIssue.Kind.INCOMPLETE, "no usable data for " + missing));
            }
            Double den = allDenominators ? denominator : null;
            Double value = ValueCalculator.value(def.get(), numerator, den).stream()
                    .boxed()
                    .findFirst()
                    .orElse(null);
            return new Observation(
                    key, version, numerator, den, value, provisional ? Status.PROVISIONAL : Status.FINAL);
        }
    }
}
