package org.joinedup.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class ObservationTest {
    static final ObservationKey KEY = new ObservationKey("m", "RF4", Period.parse("2024-25"), Breakdown.TOTAL);

    @Test
    void breakdownsPrintInCanonicalOrderAndParseTheirOwnLabels() {
        Breakdown b = Breakdown.parse(" sex=F ; age=65-74");

        assertThat(b.label()).isEqualTo("age=65-74;sex=F");
        assertThat(Breakdown.parse(b.label())).isEqualTo(b);
        assertThat(b.get("sex")).contains("F");
        assertThat(b.without("age")).isEqualTo(Breakdown.parse("sex=F"));
        assertThat(b.without("age").without("sex")).isSameAs(Breakdown.TOTAL);
        assertThat(Breakdown.parse("")).isEqualTo(Breakdown.TOTAL);
        assertThat(Breakdown.TOTAL.isTotal()).isTrue();
    }

    @Test
    void breakdownsRejectMalformedPairsAndRepeatedKeys() {
        assertThatThrownBy(() -> Breakdown.parse("sex")).hasMessageContaining("not one key=value pair");
        assertThatThrownBy(() -> Breakdown.parse("sex=F;")).hasMessageContaining("not one key=value pair");
        assertThatThrownBy(() -> Breakdown.parse("a=b=c")).hasMessageContaining("not one key=value pair");
        assertThatThrownBy(() -> Breakdown.parse("sex=F;sex=M")).hasMessageContaining("gives sex twice");
        assertThatThrownBy(() -> Breakdown.parse("=F")).hasMessageContaining("key ''");
        assertThatThrownBy(() -> Breakdown.parse("sex=")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Breakdown.parse("Sex=F")).hasMessageContaining("lower case");
    }

    @Test
    void observationsNeedAValueOrNumeratorAndSaneNumbers() {
        assertThat(new Observation(KEY, 1, 5.0, 10.0, null, Status.FINAL).isValueOnly())
                .isFalse();
        assertThat(new Observation(KEY, 1, null, null, -0.2, Status.FINAL).isValueOnly())
                .isTrue();
        assertThatThrownBy(() -> new Observation(KEY, 1, null, 10.0, null, Status.FINAL))
                .hasMessageContaining("a value or a numerator");
        assertThatThrownBy(() -> new Observation(KEY, 1, -1.0, null, null, Status.FINAL))
                .hasMessageContaining("numerator");
        assertThatThrownBy(() -> new Observation(KEY, 1, 1.0, 0.0, null, Status.FINAL))
                .hasMessageContaining("denominator");
        assertThatThrownBy(() -> new Observation(KEY, 1, null, null, Double.NaN, Status.FINAL))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new Observation(KEY, 0, 1.0, null, null, Status.FINAL))
                .hasMessageContaining("version");
    }

    @Test
    void calculatesValuesByValueType() {
        assertThat(value(ValueType.COUNT, 1, 7.0, null)).isEqualTo(7.0);
        assertThat(value(ValueType.PROPORTION, 100, 45.0, 60.0)).isEqualTo(75.0);
        assertThat(value(ValueType.CRUDE_RATE, 100_000, 30.0, 60_000.0)).isEqualTo(50.0);
        assertThat(value(ValueType.ISR, 100, 120.0, 100.0)).isCloseTo(120.0, within(1e-9));
        assertThat(value(ValueType.MEAN, 100, 30.0, 4.0)).isEqualTo(7.5);
        assertThat(value(ValueType.DAYS_PER_DAY, 100, 310.0, 31.0)).isEqualTo(10.0);
        assertThat(value(ValueType.RATIO, 1, 3.0, 2.0)).isEqualTo(1.5);
        assertThat(ValueCalculator.value(def(ValueType.PROPORTION, 100), 3.0, null))
                .isEmpty();
    }

    @Test
    void completesMissingValuesAndChecksPublishedOnes() {
        MetricDefinition pct = def(ValueType.PROPORTION, 100);
        Observation noValue = new Observation(KEY, 1, 45.0, 60.0, null, Status.FINAL);

        assertThat(ValueCalculator.complete(noValue, pct).value()).isEqualTo(75.0);
        assertThat(ValueCalculator.agrees(noValue.withValue(75.04), pct, 0.05)).isTrue();
        assertThat(ValueCalculator.agrees(noValue.withValue(80.0), pct, 0.05)).isFalse();
    }

    @Test
    void standardisesRatesWithTheEuropeanStandardPopulation() {
        assertThat(StandardPopulation.ESP2013)
                .hasSize(19)
                .containsEntry("0-4", 5000.0)
                .containsEntry("90+", 1000.0);
        assertThat(StandardPopulation.ESP2013.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isEqualTo(100_000.0);

        Map<String, double[]> bands = new LinkedHashMap<>();
        bands.put("65-69", new double[] {10, 10_000}); // 100 per 100k, weight 5500
        bands.put("90+", new double[] {50, 1_000}); // 5000 per 100k, weight 1000
        double dsr = ValueCalculator.directlyStandardisedRate(bands, StandardPopulation.ESP2013, 100_000);

        assertThat(dsr).isCloseTo((100 * 5500 + 5000 * 1000) / 6500.0, within(1e-9));
        assertThatThrownBy(() -> ValueCalculator.directlyStandardisedRate(
                        Map.of("65+", new double[] {1, 1}), StandardPopulation.ESP2013, 1))
                .hasMessageContaining("65+");
    }

    static MetricDefinition def(ValueType type, double multiplier) {
        return MetricDefinition.builder("m", 1)
                .valueType(type)
                .multiplier(multiplier)
                .build();
    }

    private static double value(ValueType type, double multiplier, Double num, Double den) {
        return ValueCalculator.value(def(type, multiplier), num, den).orElseThrow();
    }
}
