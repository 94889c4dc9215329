package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import org.joinedup.core.observation.StandardPopulation;
import org.junit.jupiter.api.Test;

/** Edge cases stated in the Javadoc of each method, one test each. */
class IndicatorEdgeCasesTest {
    private static final double[] BOTH = {0.95, 0.998};

    @Test
    void zIsTheTwoSidedNormalQuantileAtBothStandardLevels() {
        assertThat(Confidence.z(0.95)).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(Confidence.z(0.998)).isCloseTo(3.090232306167813, within(1e-14));
    }

    @Test
    void aConfidenceGivenAsAPercentageIsTheSameAsTheFraction() {
        assertThat(CrudeRates.of(65, 100, 100, 99.8).interval(0.998))
                .isEqualTo(CrudeRates.of(65, 100, 100, 0.998).interval(0.998));
        assertThat(Proportions.of(65, 100, 1, 90).interval(0.9))
                .isEqualTo(Proportions.of(65, 100, 1, 0.9).interval(0.9));
    }

    @Test
    void anyLevelBetweenNinetyAndOneHundredPercentIsAccepted() {
        IndicatorValue p = Proportions.of(20, 100, 100, 0.99);
        assertThat(p.intervals()).hasSize(1);
        double lower998 = Proportions.of(20, 100, 100, 0.998).lower(0.998).orElseThrow();
        double lower95 = Proportions.of(20, 100, 100, 0.95).lower(0.95).orElseThrow();
        assertThat(p.lower(0.99).orElseThrow()).isStrictlyBetween(lower998, lower95);
    }

    @Test
    void askingForALevelThatWasNotComputedFailsClearly() {
        assertThatThrownBy(() -> Proportions.of(20, 100, 1, 0.95).interval(0.998))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("0.998");
    }

    @Test
    void aZeroNumeratorProportionHasALowerLimitOfExactlyZero() {
        IndicatorValue p = Proportions.of(0, 50, 100, BOTH);
        assertThat(p.value()).hasValue(0);
        assertThat(p.lower(0.95)).hasValue(0);
        assertThat(p.lower(0.998)).hasValue(0);
        assertThat(p.upper(0.95).orElseThrow()).isGreaterThan(0);
    }

    @Test
    void aNumeratorEqualToTheDenominatorHasAnUpperLimitOfExactlyTheMultiplier() {
        IndicatorValue p = Proportions.of(50, 50, 100, BOTH);
        assertThat(p.value()).hasValue(100);
        assertThat(p.upper(0.95)).hasValue(100);
        assertThat(p.upper(0.998)).hasValue(100);
        assertThat(p.lower(0.95).orElseThrow()).isLessThan(100);
    }

    @Test
    void aProportionWithAnotherMultiplierIsAProportionOfThatMultiplier() {
        assertThat(Proportions.of(1, 4, 1000).statistic()).isEqualTo("proportion of 1000");
        assertThat(Proportions.of(1, 4, 1000).value()).hasValue(250);
    }

    @Test
    void aZeroCountRateHasZeroValueAndLowerLimitAndAnExactUpperLimit() {
        IndicatorValue rate = CrudeRates.of(0, 1000, 1000, 0.95);
        assertThat(rate.value()).hasValue(0);
        assertThat(rate.lower(0.95)).hasValue(0);
        // -ln(0.025), the exact upper limit of a zero count
        assertThat(rate.upper(0.95).orElseThrow()).isCloseTo(-Math.log(0.025), within(1e-12));
        assertThat(rate.method()).isEqualTo("Exact");
    }

    @Test
    void nineEventsAreExactAndTenAreByars() {
        assertThat(CrudeRates.of(9, 100, 1).method()).isEqualTo("Exact");
        assertThat(CrudeRates.of(10, 100, 1).method()).isEqualTo("Byars");
    }

    @Test
    void confidenceOfOneGivesAnUnboundedUpperLimitForCounts() {
        IndicatorValue exact = CrudeRates.of(5, 100, 1, 1.0);
        assertThat(exact.lower(1.0)).hasValue(0);
        assertThat(exact.upper(1.0)).hasValue(Double.POSITIVE_INFINITY);
        IndicatorValue byars = CrudeRates.of(50, 100, 1, 1.0);
        assertThat(byars.lower(1.0)).isEmpty();
        assertThat(byars.upper(1.0)).hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void aByarsLowerLimitOfZeroEventsIsAbsentNotNaN() {
        assertThat(ByarsLimits.lower(0, 0.95)).isEmpty();
        assertThat(ByarsLimits.upper(0, 0.95)).isFinite().isPositive();
    }

    @Test
    void nanAndInfiniteInputsAreRejectedNotPropagated() {
        assertThatThrownBy(() -> Proportions.of(Double.NaN, 10, 1)).hasMessageContaining("numerator");
        assertThatThrownBy(() -> CrudeRates.of(1, Double.POSITIVE_INFINITY, 1)).hasMessageContaining("denominator");
        assertThatThrownBy(() -> Means.of(new double[] {1, Double.NaN})).hasMessageContaining("finite");
        assertThatThrownBy(() -> WilsonLimits.lower(1, 0, 0.95)).hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> CrudeRates.of(1, 10, Double.NaN)).hasMessageContaining("multiplier");
    }

    @Test
    void aSingleValueHasAMeanButNoInterval() {
        MeanValue mean = Means.of(new double[] {42}, BOTH);
        assertThat(mean.indicator().value()).hasValue(42);
        assertThat(mean.standardDeviation()).isEmpty();
        assertThat(mean.indicator().lower(0.95)).isEmpty();
        assertThat(mean.indicator().upper(0.998)).isEmpty();
    }

    @Test
    void identicalValuesHaveAZeroWidthIntervalEvenAtConfidenceOne() {
        MeanValue mean = Means.of(new double[] {3, 3, 3}, 1.0);
        assertThat(mean.indicator().interval(1.0)).isEqualTo(ConfidenceInterval.of(1.0, 3, 3));
    }

    @Test
    void aMeanOfNoValuesIsRejected() {
        assertThatThrownBy(() -> Means.of(new double[0], 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one value");
    }

    private static List<AgeBandCount> espBands(int count) {
        List<AgeBandCount> bands = new ArrayList<>();
        for (String band : StandardPopulation.ESP2013.keySet()) {
            bands.add(AgeBandCount.of(band, count, 1000));
        }
        return bands;
    }

    @Test
    void dsrAgeBandsMissingFromTheStandardAreNamed() {
        List<AgeBandCount> bands = new ArrayList<>(espBands(5));
        bands.set(11, AgeBandCount.of("55-69", 5, 1000));
        assertThatThrownBy(() -> DirectlyStandardisedRates.esp2013(bands, 100000, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("55-69")
                .hasMessageContaining("not in the standard population");
    }

    @Test
    void dsrStandardBandsWithNoDataAreNamed() {
        List<AgeBandCount> bands = new ArrayList<>(espBands(5));
        bands.remove(18);
        assertThatThrownBy(() -> DirectlyStandardisedRates.esp2013(bands, 100000, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("90+")
                .hasMessageContaining("have no row");
    }

    @Test
    void dsrBandsGivenTwiceAreRejected() {
        List<AgeBandCount> bands = new ArrayList<>(espBands(5));
        bands.add(AgeBandCount.of("0-4", 1, 10));
        assertThatThrownBy(() -> DirectlyStandardisedRates.esp2013(bands, 100000, 0.95))
                .hasMessageContaining("0-4")
                .hasMessageContaining("more than once");
    }

    @Test
    void dsrWithNoBandsIsRejected() {
        assertThatThrownBy(() -> DirectlyStandardisedRates.esp2013(List.of(), 100000, 0.95))
                .hasMessageContaining("at least one age band");
    }

    @Test
    void dsrOnNineEventsIsSuppressedAndOnTenIsNot() {
        List<AgeBandCount> nine = new ArrayList<>(espBands(0));
        nine.set(0, AgeBandCount.of("0-4", 9, 1000));
        assertThat(DirectlyStandardisedRates.esp2013(nine, 100000, BOTH)
                        .indicator()
                        .isAbsent())
                .isTrue();
        nine.set(0, AgeBandCount.of("0-4", 10, 1000));
        IndicatorValue ten =
                DirectlyStandardisedRates.esp2013(nine, 100000, BOTH).indicator();
        assertThat(ten.value()).isPresent();
        assertThat(ten.statistic()).isEqualTo("dsr per 100000");
    }

    @Test
    void dsrStandardWeightsThatAreAllZeroAreRejected() {
        Map<String, Double> zero = new LinkedHashMap<>();
        StandardPopulation.ESP2013.keySet().forEach(b -> zero.put(b, 0.0));
        assertThatThrownBy(() -> DirectlyStandardisedRates.of(espBands(5), zero, 100000, 0.95))
                .hasMessageContaining("must not all be zero");
    }

    @Test
    void nonIndependentEventsOfFrequencyOneAreTheIndependentDsr() {
        List<EventFrequencyCount> rows = new ArrayList<>();
        for (AgeBandCount band : espBands(3)) {
            rows.add(EventFrequencyCount.of(band.ageBand(), 1, band.count(), band.population()));
        }
        IndicatorValue nonIndependent = DirectlyStandardisedRates.nonIndependent(
                        rows, StandardPopulation.ESP2013, 100000, BOTH)
                .indicator();
        IndicatorValue independent =
                DirectlyStandardisedRates.esp2013(espBands(3), 100000, BOTH).indicator();
        assertThat(nonIndependent.value()).isEqualTo(independent.value());
        assertThat(nonIndependent.intervals()).isEqualTo(independent.intervals());
        assertThat(nonIndependent.method()).isEqualTo("Dobson, with confidence adjusted for non-independent events");
    }

    @Test
    void nonIndependentRowsOfOneBandMustShareAPopulation() {
        List<EventFrequencyCount> rows = new ArrayList<>();
        for (AgeBandCount band : espBands(3)) {
            rows.add(EventFrequencyCount.of(band.ageBand(), 1, 3, 1000));
        }
        rows.add(EventFrequencyCount.of("0-4", 2, 1, 999));
        assertThatThrownBy(() -> DirectlyStandardisedRates.nonIndependent(rows, StandardPopulation.ESP2013, 1, 0.95))
                .hasMessageContaining("0-4")
                .hasMessageContaining("populations");
    }

    @Test
    void aMissingEventFrequencyIsRejected() {
        assertThatThrownBy(() -> EventFrequencyCount.of("0-4", Double.NaN, 1, 10))
                .hasMessageContaining("eventfreq field must not have any missing values");
    }

    private static ReferencePopulation reference() {
        return ReferencePopulation.of(List.of(ReferenceBand.of("young", 10, 1000), ReferenceBand.of("old", 90, 1000)));
    }

    @Test
    void isrBandsThatDifferFromTheReferenceAreNamed() {
        List<AgeBandCount> bands = List.of(AgeBandCount.of("young", 3, 100), AgeBandCount.of("older", 30, 100));
        assertThatThrownBy(() -> IndirectlyStandardisedRatios.ratio(bands, reference(), 1, 0.95))
                .hasMessageContaining("older")
                .hasMessageContaining("reference population");
    }

    @Test
    void isrWithNoExpectedEventsIsRejectedNotInfinite() {
        List<AgeBandCount> bands = List.of(AgeBandCount.of("young", 3, 0), AgeBandCount.of("old", 30, 0));
        assertThatThrownBy(() -> IndirectlyStandardisedRatios.ratio(bands, reference(), 1, 0.95))
                .hasMessageContaining("expected events are zero");
    }

    @Test
    void isrMissingCountsAndPopulationsCountAsZero() {
        List<AgeBandCount> missing = List.of(new AgeBandCount("young", null, null), AgeBandCount.of("old", 30, 100));
        StandardisedRatio ratio = IndirectlyStandardisedRatios.ratio(missing, reference(), 1, 0.95);
        assertThat(ratio.observed()).isEqualTo(30);
        assertThat(ratio.expected()).isCloseTo(9, within(1e-12));
    }

    @Test
    void isrZeroObservedHasZeroValueAndLowerLimit() {
        List<AgeBandCount> none = List.of(AgeBandCount.of("young", 0, 100), AgeBandCount.of("old", 0, 100));
        StandardisedRatio rate = IndirectlyStandardisedRatios.rate(none, reference(), 100000, BOTH);
        assertThat(rate.indicator().value()).hasValue(0);
        assertThat(rate.indicator().lower(0.95)).hasValue(0);
        assertThat(rate.indicator().method()).isEqualTo("Exact");
        assertThat(rate.indicator().statistic()).isEqualTo("indirectly standardised rate per 100000");
    }

    @Test
    void aReferencePopulationOfZeroIsRejected() {
        assertThatThrownBy(() -> ReferenceBand.of("young", 1, 0)).hasMessageContaining("greater than zero");
    }

    @Test
    void intervalsRejectNaNAndReversedLimits() {
        assertThatThrownBy(() -> ConfidenceInterval.of(0.95, Double.NaN, 1)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ConfidenceInterval.of(0.95, 2, 1)).hasMessageContaining("above");
        assertThatThrownBy(() -> new IndicatorValue(OptionalDouble.of(Double.NaN), List.of(), "s", "m"))
                .hasMessageContaining("finite");
    }
}
