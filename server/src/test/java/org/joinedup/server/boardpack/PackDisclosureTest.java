package org.joinedup.server.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMark;
import org.joinedup.core.quality.Rating;
import org.junit.jupiter.api.Test;

/** The board pack's figures after disclosure control: small counts suppressed and said so, never zero. */
class PackDisclosureTest {
    private static final Area ENGLAND = Area.of("E92000001", "England", AreaType.COUNTRY);
    private static final Area ICB = Area.of("E54000050", "An ICB", AreaType.ICB);
    private final PackDisclosure disclosure = PackDisclosure.withDefaults();

    private static MetricDefinition metric(ValueType type, String unit, double multiplier) {
        return MetricDefinition.builder("m", 1)
                .valueType(type)
                .unit(unit)
                .multiplier(multiplier)
                .build();
    }

    private static Assessment assessment(Double value, Double numerator, Double denominator) {
        return new Assessment(
                "m",
                "E54000050",
                Period.parse("2024-25"),
                value,
                numerator,
                denominator,
                Status.FINAL,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                null,
                null,
                null,
                null,
                new KiteMark(List.of(), Rating.NOT_ASSESSED, "nothing known"),
                null,
                true);
    }

    @Test
    void smallCountsBelowEnglandAreSuppressedAndSaySoNeverZero() {
        MetricDefinition count = metric(ValueType.COUNT, "count", 1);
        for (double small = 1; small <= 7; small++) {
            Figure figure = disclosure.figure(count, ICB, assessment(small, null, null));
            assertThat(figure.value()).isNull();
            assertThat(figure.suppressed()).isTrue();
            assertThat(figure.text()).isEqualTo("suppressed: fewer than 8");
        }
        Figure zero = disclosure.figure(count, ICB, assessment(0.0, null, null));
        assertThat(zero.value()).isEqualTo(0.0);
        assertThat(zero.text()).isEqualTo("0");
        Figure twelve = disclosure.figure(count, ICB, assessment(12.0, null, null));
        assertThat(twelve.value()).isEqualTo(10.0);
        assertThat(twelve.note()).isEqualTo("rounded to the nearest 5");
        Figure large = disclosure.figure(count, ICB, assessment(97_512.0, null, null));
        assertThat(large.text()).isEqualTo("97,510");
    }

    @Test
    void englandIsPublishedAsItIs() {
        Figure five = disclosure.figure(metric(ValueType.COUNT, "count", 1), ENGLAND, assessment(5.0, null, null));
        assertThat(five.value()).isEqualTo(5.0);
        assertThat(five.text()).isEqualTo("5");
        assertThat(five.suppressed()).isFalse();
    }

    @Test
    void aProportionOfASmallCountIsSuppressedAndOthersComeFromRoundedCounts() {
        MetricDefinition percent = metric(ValueType.PROPORTION, "%", 100);
        Figure small = disclosure.figure(percent, ICB, assessment(3.0, 3.0, 100.0));
        assertThat(small.suppressed()).isTrue();
        assertThat(small.value()).isNull();
        assertThat(small.text()).isEqualTo("suppressed: fewer than 8");

        // 52 of 103 is 50.5%; published from the rounded counts, 50 of 105 is 47.6%.
        Figure rounded = disclosure.figure(percent, ICB, assessment(52.0 / 103 * 100, 52.0, 103.0));
        assertThat(rounded.value()).isCloseTo(50.0 / 105 * 100, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rounded.text()).isEqualTo("47.6%");

        // A value published on another basis (weighted, say) is kept; only the suppression comes from the counts.
        Figure weighted = disclosure.figure(percent, ICB, assessment(30.0, 52.0, 103.0));
        assertThat(weighted.value()).isEqualTo(30.0);
        Figure weightedSmall = disclosure.figure(percent, ICB, assessment(30.0, 2.0, 103.0));
        assertThat(weightedSmall.suppressed()).isTrue();
    }

    @Test
    void aCrudeRateOfASmallCountIsSuppressedButItsPopulationIsNotControlled() {
        MetricDefinition rate = metric(ValueType.CRUDE_RATE, "per 100,000", 100_000);
        assertThat(disclosure.figure(rate, ICB, assessment(40.0, 4.0, 10_000.0)).suppressed())
                .isTrue();
        // The population is not a count of people to control: only the numerator decides.
        Figure big = disclosure.figure(rate, ICB, assessment(1_000.0, 100.0, 10_000.0));
        assertThat(big.value()).isEqualTo(1_000.0);
        assertThat(big.text()).isEqualTo("1,000 per 100,000");
    }

    @Test
    void aMeanOfFewRecordsIsNotCalculatedAndStandardisedFiguresAreExempt() {
        Figure mean = disclosure.figure(metric(ValueType.MEAN, "days", 1), ICB, assessment(4.5, 20.0, 5.0));
        assertThat(mean.value()).isNull();
        assertThat(mean.suppressed()).isFalse();
        assertThat(mean.text()).isEqualTo("not calculated: fewer than 8 records");

        Figure dsr = disclosure.figure(
                metric(ValueType.DSR, "per 100,000", 100_000), ICB, assessment(2_170.0, 3.0, 1_000.0));
        assertThat(dsr.value()).isEqualTo(2_170.0);
    }

    @Test
    void noValueIsSaidInWords() {
        Figure none = disclosure.figure(metric(ValueType.COUNT, "count", 1), ICB, assessment(null, null, null));
        assertThat(none.value()).isNull();
        assertThat(none.text()).isEqualTo("no data for this period");
        assertThat(disclosure
                        .figure(metric(ValueType.COUNT, "count", 1), ICB, null)
                        .text())
                .isEqualTo("no data for this period");
    }
}
