package org.joinedup.core.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Indirectly standardised ratios (observed / expected, e.g. standardised mortality ratios) and indirectly
 * standardised rates, as PHEindicatormethods' {@code calculate_ISRatio} and {@code calculate_ISRate}.
 *
 * <p>Expected events E = Σ (x_ref,i / n_ref,i) · nᵢ over age bands, with the reference population's
 * age-specific rates. Observed O = ΣOᵢ, or a total given directly.
 * <ul>
 *   <li>Ratio = O/E × refValue, with limits O_L/E × refValue and O_U/E × refValue; statistic
 *       "indirectly standardised ratio x refValue".
 *   <li>Rate = O/E × reference crude rate (Σx_ref / Σn_ref × multiplier), with limits scaled the same way;
 *       statistic "indirectly standardised rate per m".
 * </ul>
 * O_L and O_U are exact Poisson limits when O &lt; 10 ("Exact") and Byar's when O ≥ 10 ("Byars").
 *
 * <p>Age bands are matched to the reference by label; every band of one must be in the other, each once.
 *
 * <p>Edge cases: a missing count or population is read as 0, and a population of 0 is allowed (the band adds
 * nothing to E); a missing reference count is read as 0. O = 0 gives a value and lower limit of 0. Rejected:
 * a count &lt; 0 ("numerators must all be greater than or equal to zero"), a population &lt; 0 ("denominators
 * must all be greater than or equal to zero"), E = 0 (the R function divides by zero), a reference value or
 * multiplier ≤ 0, and confidence levels outside [0.9, 1] or [90, 100] (two levels must be 0.95 and 0.998).
 */
public final class IndirectlyStandardisedRatios {
    static final String RATIO = "indirectly standardised ratio x ";
    static final String RATE = "indirectly standardised rate per ";

    private IndirectlyStandardisedRatios() {}

    /**
     * @param bands the area's events and population per age band
     * @param reference the reference population's events and population per age band
     * @param refValue the value the reference takes, e.g. 1 or 100
     */
    public static StandardisedRatio ratio(
            List<AgeBandCount> bands, ReferencePopulation reference, double refValue, double... confidence) {
        double observed = observedTotal(bands);
        double expected = expected(populations(bands), reference);
        return build(observed, expected, refValue, RATIO + Confidence.plain(refValue), confidence);
    }

    /** A ratio from a total observed count, for data with no age breakdown of events. */
    public static StandardisedRatio ratio(
            double observed,
            Map<String, Double> populations,
            ReferencePopulation reference,
            double refValue,
            double... confidence) {
        return build(
                requireObserved(observed),
                expected(populations, reference),
                refValue,
                RATIO + Confidence.plain(refValue),
                confidence);
    }

    /** An indirectly standardised rate per {@code multiplier}: the ratio times the reference crude rate. */
    public static StandardisedRatio rate(
            List<AgeBandCount> bands, ReferencePopulation reference, double multiplier, double... confidence) {
        Confidence.requireMultiplier(multiplier);
        double observed = observedTotal(bands);
        double expected = expected(populations(bands), reference);
        return build(
                observed, expected, reference.crudeRate(multiplier), RATE + Confidence.plain(multiplier), confidence);
    }

    /** A rate from a total observed count, for data with no age breakdown of events. */
    public static StandardisedRatio rate(
            double observed,
            Map<String, Double> populations,
            ReferencePopulation reference,
            double multiplier,
            double... confidence) {
        Confidence.requireMultiplier(multiplier);
        return build(
                requireObserved(observed),
                expected(populations, reference),
                reference.crudeRate(multiplier),
                RATE + Confidence.plain(multiplier),
                confidence);
    }

    private static StandardisedRatio build(
            double observed, double expected, double scale, String statistic, double... confidence) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(
                    "the reference value (or reference rate) must be greater than 0, not " + scale);
        }
        double[] levels = Confidence.levels(confidence);
        List<ConfidenceInterval> intervals = new ArrayList<>();
        for (double level : levels) {
            intervals.add(CountLimits.of(observed, level, scale / expected));
        }
        IndicatorValue indicator = new IndicatorValue(
                OptionalDouble.of(observed / expected * scale), intervals, statistic, CountLimits.method(observed));
        return new StandardisedRatio(observed, expected, indicator);
    }

    private static double observedTotal(List<AgeBandCount> bands) {
        double observed = 0;
        for (AgeBandCount band : bands) {
            if (band.count() != null && band.count() < 0) {
                throw new IllegalArgumentException("numerators must all be greater than or equal to zero, not "
                        + band.count() + " (age band " + band.ageBand() + ")");
            }
            observed += band.countOrZero();
        }
        return observed;
    }

    private static double requireObserved(double observed) {
        if (Double.isNaN(observed) || Double.isInfinite(observed)) {
            throw new IllegalArgumentException("observed events must be a finite number, not " + observed);
        }
        if (observed < 0) {
            throw new IllegalArgumentException("numerators must all be greater than or equal to zero, not " + observed);
        }
        return observed;
    }

    private static Map<String, Double> populations(List<AgeBandCount> bands) {
        AgeBands.unique(bands.stream().map(AgeBandCount::ageBand).toList());
        Map<String, Double> map = new LinkedHashMap<>();
        bands.forEach(b -> map.put(b.ageBand(), b.population()));
        return map;
    }

    /** E = Σ x_ref/n_ref × n, missing populations read as 0. */
    static double expected(Map<String, Double> populations, ReferencePopulation reference) {
        AgeBands.requireSame(populations.keySet(), reference.ageBands(), "reference population");
        Map<String, ReferenceBand> ref = reference.byBand();
        double expected = 0;
        for (Map.Entry<String, Double> band : populations.entrySet()) {
            Double n = band.getValue();
            if (n != null && (Double.isNaN(n) || Double.isInfinite(n))) {
                throw new IllegalArgumentException("populations must be finite numbers or missing, not " + n
                        + " (age band " + band.getKey() + ")");
            }
            if (n != null && n < 0) {
                throw new IllegalArgumentException("denominators must all be greater than or equal to zero, not " + n
                        + " (age band " + band.getKey() + ")");
            }
            ReferenceBand r = ref.get(band.getKey());
            expected += r.countOrZero() / r.population() * (n == null ? 0 : n);
        }
        if (!(expected > 0)) {
            throw new IllegalArgumentException(
                    "expected events are zero (no population, or no events in the reference population), so no"
                            + " ratio can be calculated");
        }
        return expected;
    }
}
