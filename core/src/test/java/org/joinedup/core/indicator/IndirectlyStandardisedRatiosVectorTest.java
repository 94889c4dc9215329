package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.core.indicator.Vectors.assertClose;
import static org.joinedup.core.indicator.Vectors.assertMatches;
import static org.joinedup.core.indicator.Vectors.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;

/**
 * phe_isr_input.csv and phe_isr_refpop.csv through {@link IndirectlyStandardisedRatios}, against every row
 * of phe_isr_expected.csv.
 */
class IndirectlyStandardisedRatiosVectorTest {
    static Map<String, List<AgeBandCount>> areas() {
        Map<String, List<AgeBandCount>> areas = new LinkedHashMap<>();
        for (CsvRow row : Vectors.rows("phe_isr_input.csv")) {
            areas.computeIfAbsent(row.get("area"), a -> new ArrayList<>())
                    .add(new AgeBandCount(row.get("ageband"), number(row, "count"), number(row, "pop")));
        }
        return areas;
    }

    static ReferencePopulation reference() {
        return ReferencePopulation.of(Vectors.rows("phe_isr_refpop.csv").stream()
                .map(r -> new ReferenceBand(r.get("ageband"), number(r, "refcount"), number(r, "refpop")))
                .toList());
    }

    @Test
    void everyIsrRowMatchesTheReference() {
        Map<String, List<AgeBandCount>> areas = areas();
        ReferencePopulation reference = reference();
        int checked = 0;
        for (CsvRow row : Vectors.rows("phe_isr_expected.csv")) {
            String kind = row.get("kind");
            String what = "row " + row.number() + " " + row.get("area") + " " + kind + " "
                    + row.get("multiplier_or_refvalue");
            double scale = number(row, "multiplier_or_refvalue");
            List<AgeBandCount> bands = areas.get(row.get("area"));
            StandardisedRatio isr = kind.equals("ISRate")
                    ? IndirectlyStandardisedRatios.rate(bands, reference, scale, 0.95, 0.998)
                    : IndirectlyStandardisedRatios.ratio(bands, reference, scale, 0.95, 0.998);
            assertClose(what + " observed", number(row, "observed"), isr.observed(), 0, 0);
            assertClose(what + " expected", number(row, "expected"), isr.expected(), Vectors.RELATIVE, 0);
            if (kind.equals("ISRate")) {
                assertClose(
                        what + " reference rate",
                        number(row, "ref_rate"),
                        reference.crudeRate(scale),
                        Vectors.RELATIVE,
                        0);
                assertThat(isr.indicator().statistic()).isEqualTo("indirectly standardised rate per " + (long) scale);
            } else {
                assertThat(isr.indicator().statistic()).isEqualTo("indirectly standardised ratio x " + (long) scale);
            }
            IndicatorValue result = isr.indicator();
            assertMatches(what + " value", number(row, "value"), result.value());
            assertMatches(what + " lower 95", number(row, "lower95_0cl"), result.lower(0.95));
            assertMatches(what + " upper 95", number(row, "upper95_0cl"), result.upper(0.95));
            // the err2 rows assert 95% only (NA in the 99.8% columns)
            if (number(row, "lower99_8cl") != null) {
                assertMatches(what + " lower 99.8", number(row, "lower99_8cl"), result.lower(0.998));
                assertMatches(what + " upper 99.8", number(row, "upper99_8cl"), result.upper(0.998));
            }
            assertThat(result.method()).as(what).isEqualTo(row.get("method"));
            checked++;
        }
        assertThat(checked).isEqualTo(16);
    }

    @Test
    void aRatioFromAnObservedTotalEqualsTheRatioFromAgeBands() {
        List<AgeBandCount> bands = areas().get("testdata_big");
        Map<String, Double> populations = new LinkedHashMap<>();
        bands.forEach(b -> populations.put(b.ageBand(), b.population()));
        StandardisedRatio fromBands = IndirectlyStandardisedRatios.ratio(bands, reference(), 100, 0.95, 0.998);
        StandardisedRatio fromTotal =
                IndirectlyStandardisedRatios.ratio(895, populations, reference(), 100, 0.95, 0.998);
        assertThat(fromTotal).isEqualTo(fromBands);
    }
}
