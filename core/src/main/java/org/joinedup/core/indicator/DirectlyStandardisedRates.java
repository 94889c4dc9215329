package org.joinedup.core.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.joinedup.core.observation.StandardPopulation;

/**
 * Directly standardised rates with Dobson et al. (1991) confidence intervals, as PHEindicatormethods'
 * {@code calculate_dsr}. For age bands i with events Oᵢ, populations nᵢ and standard populations wᵢ:
 * <pre>  DSR = Σ(wᵢOᵢ/nᵢ) / Σwᵢ × multiplier
 *  Var = Σ(wᵢ²Oᵢ/nᵢ²) / (Σwᵢ)²,   O = ΣOᵢ
 *  limit = DSR + √(Var/O) · (Byar's limit of O − O) × multiplier</pre>
 * Byar's limits ({@link ByarsLimits}) are used at every level. The statistic is "dsr per m" and the method
 * "Dobson".
 *
 * <p>Age bands are matched to the standard population by label, not by position: every band of the data
 * must be in the standard and every band of the standard in the data, each once, or an exception names the
 * bands that differ. {@link StandardPopulation#ESP2013} is the default standard.
 *
 * <p>Edge cases: a missing count is read as 0. When O &lt; 10 the value and all limits are absent and the
 * statistic is "dsr NA for total count &lt; 10" (suppressed as unreliable, as the reference does). A standard
 * weight of 0 is allowed (the band then adds nothing). Rejected, with PHEindicatormethods' messages: a
 * missing population ("field n cannot have missing values") or standard weight ("field stdpop cannot have
 * missing values"), a count &lt; 0, a population ≤ 0, a standard weight &lt; 0, standard weights that are all
 * 0, a multiplier ≤ 0, no bands, and confidence levels outside [0.9, 1] or [90, 100] (two levels must be
 * 0.95 and 0.998).
 *
 * <p>Non-independent events ({@link #nonIndependent}): when people can have more than one event, the data
 * give, per age band and event frequency f, the number of people with f events. The events are Σ f·persons;
 * the variance is Σ_f f²·Var_f, where Var_f is the Dobson variance computed on the people with frequency f
 * alone (with Σwᵢ over the bands given for that frequency); the limits then use the formula above with that
 * variance. The method is "Dobson, with confidence adjusted for non-independent events".
 */
public final class DirectlyStandardisedRates {
    static final String METHOD = "Dobson";
    static final String NON_INDEPENDENT_METHOD = "Dobson, with confidence adjusted for non-independent events";
    static final String SUPPRESSED = "dsr NA for total count < 10";

    private DirectlyStandardisedRates() {}

    /** A DSR standardised to the European Standard Population 2013 (bands 0-4, 5-9, ..., 85-89, 90+). */
    public static StandardisedRate esp2013(List<AgeBandCount> bands, double multiplier, double... confidence) {
        return of(bands, StandardPopulation.ESP2013, multiplier, confidence);
    }

    /**
     * @param bands one row per age band
     * @param standard standard population weight per age band label; a null weight is rejected as missing
     * @param multiplier e.g. 100000 for a rate per 100,000
     * @param confidence none, one level or exactly 0.95 and 0.998
     */
    public static StandardisedRate of(
            List<AgeBandCount> bands, Map<String, Double> standard, double multiplier, double... confidence) {
        AgeBands.requireSame(
                AgeBands.unique(bands.stream().map(AgeBandCount::ageBand).toList()),
                standard.keySet(),
                "standard population");
        int k = bands.size();
        double[] counts = new double[k];
        double[] populations = new double[k];
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            AgeBandCount band = bands.get(i);
            counts[i] = band.countOrZero();
            populations[i] = requirePopulation(band.ageBand(), band.population());
            weights[i] = requireWeight(band.ageBand(), standard.get(band.ageBand()));
        }
        validate(counts, populations, weights, multiplier);
        double[] levels = Confidence.levels(confidence);
        return dobson(counts, populations, weights, multiplier, levels, OptionalDouble.empty(), METHOD);
    }

    /**
     * A DSR of non-independent events, from counts of people by age band and event frequency, standardised
     * to {@code standard}; bands are matched by label as in {@link #of}. Every row of a band must give the
     * same population.
     */
    public static StandardisedRate nonIndependent(
            List<EventFrequencyCount> rows, Map<String, Double> standard, double multiplier, double... confidence) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("at least one age band is needed");
        }
        Map<String, Double> populationByBand = new LinkedHashMap<>();
        Map<String, Double> eventsByBand = new LinkedHashMap<>();
        Map<Double, List<EventFrequencyCount>> byFrequency = new LinkedHashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (EventFrequencyCount row : rows) {
            String band = row.ageBand();
            if (seen.put(band + "\u0000" + row.eventFrequency(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException(
                        "age band " + band + " has more than one row for event frequency " + row.eventFrequency());
            }
            double population = requirePopulation(band, row.population());
            Double previous = populationByBand.putIfAbsent(band, population);
            if (previous != null && previous != population) {
                throw new IllegalArgumentException("age band " + band + " has populations " + previous + " and "
                        + population + " for different event frequencies");
            }
            double persons = row.persons() == null ? 0 : row.persons();
            eventsByBand.merge(band, row.eventFrequency() * persons, Double::sum);
            byFrequency
                    .computeIfAbsent(row.eventFrequency(), f -> new ArrayList<>())
                    .add(row);
        }
        AgeBands.requireSame(populationByBand.keySet(), standard.keySet(), "standard population");
        for (EventFrequencyCount row : rows) {
            double persons = row.persons() == null ? 0 : row.persons();
            validate(
                    new double[] {persons},
                    new double[] {row.population()},
                    new double[] {requireWeight(row.ageBand(), standard.get(row.ageBand()))},
                    multiplier);
        }
        double[] levels = Confidence.levels(confidence);

        double variance = 0;
        for (Map.Entry<Double, List<EventFrequencyCount>> entry : byFrequency.entrySet()) {
            double f = entry.getKey();
            double weightSum = 0;
            double squares = 0;
            for (EventFrequencyCount row : entry.getValue()) {
                double w = standard.get(row.ageBand());
                double persons = row.persons() == null ? 0 : row.persons();
                weightSum += w;
                squares += persons * (w / row.population()) * (w / row.population());
            }
            if (weightSum == 0) {
                throw new IllegalArgumentException(
                        "standard populations of the bands with event frequency " + f + " are all zero");
            }
            variance += f * f * (squares / (weightSum * weightSum));
        }

        int k = populationByBand.size();
        double[] counts = new double[k];
        double[] populations = new double[k];
        double[] weights = new double[k];
        int i = 0;
        for (Map.Entry<String, Double> band : populationByBand.entrySet()) {
            counts[i] = eventsByBand.get(band.getKey());
            populations[i] = band.getValue();
            weights[i] = standard.get(band.getKey());
            i++;
        }
        return dobson(
                counts, populations, weights, multiplier, levels, OptionalDouble.of(variance), NON_INDEPENDENT_METHOD);
    }

    private static StandardisedRate dobson(
            double[] counts,
            double[] populations,
            double[] weights,
            double multiplier,
            double[] levels,
            OptionalDouble customVariance,
            String method) {
        double total = 0;
        double totalPopulation = 0;
        double weightSum = 0;
        double weighted = 0;
        double squares = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            totalPopulation += populations[i];
            weightSum += weights[i];
            weighted += counts[i] * weights[i] / populations[i];
            squares += counts[i] * (weights[i] / populations[i]) * (weights[i] / populations[i]);
        }
        if (weightSum == 0) {
            throw new IllegalArgumentException("standard populations must not all be zero");
        }
        List<ConfidenceInterval> intervals = new ArrayList<>();
        if (total < 10) {
            for (double level : levels) {
                intervals.add(ConfidenceInterval.absent(level));
            }
            return new StandardisedRate(
                    total, totalPopulation, new IndicatorValue(OptionalDouble.empty(), intervals, SUPPRESSED, method));
        }
        double value = weighted / weightSum * multiplier;
        double variance = customVariance.orElse(squares / (weightSum * weightSum));
        double scale = Math.sqrt(variance / total);
        for (double level : levels) {
            OptionalDouble byarsLower = ByarsLimits.lower(total, level);
            OptionalDouble lower = byarsLower.isPresent()
                    ? OptionalDouble.of(value + scale * (byarsLower.getAsDouble() - total) * multiplier)
                    : OptionalDouble.empty();
            double upper = value + scale * (ByarsLimits.upper(total, level) - total) * multiplier;
            intervals.add(new ConfidenceInterval(level, lower, OptionalDouble.of(upper)));
        }
        String statistic = "dsr per " + Confidence.plain(multiplier);
        return new StandardisedRate(
                total, totalPopulation, new IndicatorValue(OptionalDouble.of(value), intervals, statistic, method));
    }

    private static double requirePopulation(String band, Double population) {
        if (population == null) {
            throw new IllegalArgumentException("field n cannot have missing values (age band " + band + ")");
        }
        return population;
    }

    private static double requireWeight(String band, Double weight) {
        if (weight == null || Double.isNaN(weight)) {
            throw new IllegalArgumentException("field stdpop cannot have missing values (age band " + band + ")");
        }
        return weight;
    }

    private static void validate(double[] counts, double[] populations, double[] weights, double multiplier) {
        for (double c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("numerators must all be greater than or equal to zero, not " + c);
            }
        }
        for (double n : populations) {
            if (!(n > 0)) {
                throw new IllegalArgumentException("denominators must all be greater than zero, not " + n);
            }
        }
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("stdpop must all be greater than or equal to zero, not " + w);
            }
        }
        Confidence.requireMultiplier(multiplier);
    }
}
