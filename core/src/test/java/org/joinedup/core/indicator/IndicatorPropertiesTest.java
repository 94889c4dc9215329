package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/** Properties every interval method must have, whatever the input. */
class IndicatorPropertiesTest {
    private static final double[] BOTH = {0.95, 0.998};

    /** lower ≤ value ≤ upper at both levels, and the 99.8% interval contains the 95% interval. */
    private static void assertNested(IndicatorValue v) {
        double value = v.value().orElseThrow();
        ConfidenceInterval i95 = v.interval(0.95);
        ConfidenceInterval i998 = v.interval(0.998);
        assertThat(i95.contains(value))
                .as("95%% interval %s contains %s", i95, value)
                .isTrue();
        assertThat(i998.contains(value))
                .as("99.8%% interval %s contains %s", i998, value)
                .isTrue();
        assertThat(i95.upper().orElseThrow()).isLessThanOrEqualTo(i998.upper().orElseThrow());
        if (i95.lower().isPresent() && i998.lower().isPresent()) {
            assertThat(i998.lower().getAsDouble())
                    .isLessThanOrEqualTo(i95.lower().getAsDouble());
        }
    }

    @Property
    void proportionIntervalsAreNestedAndWithinZeroAndTheMultiplier(
            @ForAll @IntRange(min = 1, max = 1_000_000) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll boolean percentage) {
        double x = Math.floor(share * n);
        double multiplier = percentage ? 100 : 1;
        IndicatorValue p = Proportions.of(x, n, multiplier, BOTH);
        assertNested(p);
        for (ConfidenceInterval i : p.intervals()) {
            assertThat(i.lower().orElseThrow()).isBetween(0.0, multiplier);
            assertThat(i.upper().orElseThrow()).isBetween(0.0, multiplier);
        }
    }

    @Property
    void crudeRateIntervalsAreNestedAndNotNegative(
            @ForAll @IntRange(min = 0, max = 100_000) int observed,
            @ForAll @DoubleRange(min = 1, max = 1e7) double population) {
        IndicatorValue rate = CrudeRates.of(observed, population, 100_000, BOTH);
        assertNested(rate);
        assertThat(rate.lower(0.998).orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(rate.method()).isEqualTo(observed < 10 ? "Exact" : "Byars");
    }

    /** The exact limits are where the Poisson tail probabilities equal α/2: P(X ≥ O | L) = P(X ≤ O | U) = α/2. */
    @Property
    void exactPoissonLimitsSolveTheirDefiningTailEquations(
            @ForAll @IntRange(min = 1, max = 200) int observed,
            @ForAll @DoubleRange(min = 0.9, max = 0.999) @Scale(4) double level) {
        double alpha = 1 - level;
        double lower = ExactPoissonLimits.lower(observed, level);
        double upper = ExactPoissonLimits.upper(observed, level);
        assertThat(PoissonDistribution.of(lower).survivalProbability(observed - 1))
                .isCloseTo(alpha / 2, within(1e-12));
        assertThat(PoissonDistribution.of(upper).cumulativeProbability(observed))
                .isCloseTo(alpha / 2, within(1e-12));
    }

    @Property
    void byarsLimitsBracketTheCountAndWidenWithConfidence(
            @ForAll @IntRange(min = 10, max = 1_000_000) int observed,
            @ForAll @DoubleRange(min = 0.9, max = 0.99) double level) {
        double lower = ByarsLimits.lower(observed, level).orElseThrow();
        double upper = ByarsLimits.upper(observed, level);
        assertThat(lower).isLessThan(observed).isGreaterThan(0);
        assertThat(upper).isGreaterThan(observed);
        assertThat(ByarsLimits.lower(observed, 0.998).orElseThrow()).isLessThanOrEqualTo(lower);
        assertThat(ByarsLimits.upper(observed, 0.998)).isGreaterThanOrEqualTo(upper);
    }

    @Property
    void meanIntervalsAreSymmetricAndNested(
            @ForAll @Size(min = 2, max = 50) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        IndicatorValue mean = Means.of(array, BOTH).indicator();
        assertNested(mean);
        double value = mean.value().orElseThrow();
        double tolerance = 1e-9 * (1 + Math.abs(value));
        assertThat(value - mean.lower(0.95).orElseThrow())
                .isCloseTo(mean.upper(0.95).orElseThrow() - value, within(tolerance));
    }

    @Property
    void dsrIntervalsAreNestedWhenThereAreTenOrMoreEvents(
            @ForAll @Size(min = 19, max = 19) List<@IntRange(min = 0, max = 500) Integer> counts,
            @ForAll @Size(min = 19, max = 19) List<@IntRange(min = 1, max = 100_000) Integer> populations) {
        List<AgeBandCount> bands = new ArrayList<>();
        List<String> labels = new ArrayList<>(org.joinedup.core.observation.StandardPopulation.ESP2013.keySet());
        for (int i = 0; i < 19; i++) {
            bands.add(AgeBandCount.of(labels.get(i), counts.get(i), populations.get(i)));
        }
        StandardisedRate dsr = DirectlyStandardisedRates.esp2013(bands, 100_000, BOTH);
        if (dsr.totalCount() < 10) {
            assertThat(dsr.indicator().isAbsent()).isTrue();
        } else {
            assertNested(dsr.indicator());
        }
    }

    /** Age-specific rates all equal to r give a DSR of r, whatever the standard population. */
    @Property
    void aUniformRateIsItsOwnStandardisedRate(
            @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(6) double rate,
            @ForAll @Size(5) List<@IntRange(min = 1000, max = 100_000) Integer> populations,
            @ForAll @Size(5) List<@IntRange(min = 0, max = 10_000) Integer> weights) {
        Assume.that(weights.stream().mapToInt(Integer::intValue).sum() > 0);
        List<AgeBandCount> bands = new ArrayList<>();
        Map<String, Double> standard = new LinkedHashMap<>();
        for (int i = 0; i < populations.size(); i++) {
            bands.add(AgeBandCount.of("band" + i, rate * populations.get(i), populations.get(i)));
            standard.put("band" + i, (double) weights.get(i));
        }
        StandardisedRate dsr = DirectlyStandardisedRates.of(bands, standard, 1, 0.95);
        Assume.that(dsr.totalCount() >= 10);
        assertThat(dsr.indicator().value().orElseThrow()).isCloseTo(rate, within(1e-12));
    }

    /** An area with exactly the reference's age-specific rates has a ratio of the reference value. */
    @Property
    void anAreaWithTheReferenceRatesHasARatioOfTheReferenceValue(
            @ForAll @Size(min = 2, max = 10) List<@IntRange(min = 1, max = 1000) Integer> referenceCounts,
            @ForAll @IntRange(min = 2, max = 50) int populationFactor) {
        List<ReferenceBand> reference = new ArrayList<>();
        List<AgeBandCount> area = new ArrayList<>();
        for (int i = 0; i < referenceCounts.size(); i++) {
            double refPopulation = 10_000.0 * (i + 1);
            reference.add(ReferenceBand.of("b" + i, referenceCounts.get(i), refPopulation));
            area.add(AgeBandCount.of(
                    "b" + i, referenceCounts.get(i) * populationFactor, refPopulation * populationFactor));
        }
        StandardisedRatio ratio =
                IndirectlyStandardisedRatios.ratio(area, ReferencePopulation.of(reference), 100, BOTH);
        assertThat(ratio.indicator().value().orElseThrow()).isCloseTo(100, within(1e-9));
        assertThat(ratio.observed()).isCloseTo(ratio.expected(), within(1e-6));
        assertNested(ratio.indicator());
    }
}
