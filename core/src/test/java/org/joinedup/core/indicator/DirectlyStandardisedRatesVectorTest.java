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
 * phe_dsr_input.csv and phe_dsr_nonindependent_input.csv through {@link DirectlyStandardisedRates}, against
 * every row of phe_dsr_expected.csv. The standard population of each area is the file's stdpop column,
 * matched by the file's age band labels (which include the reference data's "55-69" for 55-59).
 */
class DirectlyStandardisedRatesVectorTest {
    record Area(List<AgeBandCount> bands, Map<String, Double> standard) {}

    record NonIndependentArea(List<EventFrequencyCount> rows, Map<String, Double> standard) {}

    static Map<String, Area> independentAreas() {
        Map<String, Area> areas = new LinkedHashMap<>();
        for (CsvRow row : Vectors.rows("phe_dsr_input.csv")) {
            Area area = areas.computeIfAbsent(row.get("area"), a -> new Area(new ArrayList<>(), new LinkedHashMap<>()));
            area.bands().add(new AgeBandCount(row.get("ageband"), number(row, "count"), number(row, "pop")));
            area.standard().put(row.get("ageband"), number(row, "stdpop"));
        }
        return areas;
    }

    static Map<String, NonIndependentArea> nonIndependentAreas() {
        Map<String, NonIndependentArea> areas = new LinkedHashMap<>();
        for (CsvRow row : Vectors.rows("phe_dsr_nonindependent_input.csv")) {
            NonIndependentArea area = areas.computeIfAbsent(
                    row.get("area"), a -> new NonIndependentArea(new ArrayList<>(), new LinkedHashMap<>()));
            area.rows()
                    .add(new EventFrequencyCount(
                            row.get("ageband"), number(row, "eventfreq"), number(row, "persons"), number(row, "pop")));
            area.standard().put(row.get("ageband"), number(row, "stdpop"));
        }
        return areas;
    }

    @Test
    void everyDsrRowMatchesTheReference() {
        Map<String, Area> independent = independentAreas();
        Map<String, NonIndependentArea> nonIndependent = nonIndependentAreas();
        int checked = 0;
        for (CsvRow row : Vectors.rows("phe_dsr_expected.csv")) {
            String what = "row " + row.number() + " " + row.get("area") + " multiplier " + row.get("multiplier");
            double multiplier = number(row, "multiplier");
            boolean isIndependent = row.get("events").equals("independent");
            StandardisedRate dsr;
            double relative;
            double absolute;
            if (isIndependent) {
                Area area = independent.get(row.get("area"));
                dsr = DirectlyStandardisedRates.of(area.bands(), area.standard(), multiplier, 0.95, 0.998);
                relative = Vectors.RELATIVE;
                absolute = 0;
            } else {
                NonIndependentArea area = nonIndependent.get(row.get("area"));
                dsr = DirectlyStandardisedRates.nonIndependent(area.rows(), area.standard(), multiplier, 0.95, 0.998);
                // stored to 8 decimal places in the workbook
                relative = 0;
                absolute = Vectors.EIGHT_DP;
            }
            assertClose(what + " total count", number(row, "total_count"), dsr.totalCount(), 0, 0);
            assertClose(what + " total pop", number(row, "total_pop"), dsr.totalPopulation(), 0, 0);
            IndicatorValue result = dsr.indicator();
            assertMatches(what + " value", number(row, "value"), result.value(), relative, absolute);
            assertMatches(what + " lower 95", number(row, "lower95_0cl"), result.lower(0.95), relative, absolute);
            assertMatches(what + " upper 95", number(row, "upper95_0cl"), result.upper(0.95), relative, absolute);
            // testdata_1976's 99.8% columns are not asserted by the reference tests (NA here)
            if (!row.get("area").equals("testdata_1976")) {
                assertMatches(
                        what + " lower 99.8", number(row, "lower99_8cl"), result.lower(0.998), relative, absolute);
                assertMatches(
                        what + " upper 99.8", number(row, "upper99_8cl"), result.upper(0.998), relative, absolute);
            }
            String expectedText = row.get("statistic_or_method");
            if (isIndependent) {
                assertThat(result.statistic()).as(what).isEqualTo(expectedText);
                assertThat(result.method()).isEqualTo("Dobson");
            } else {
                assertThat(result.method()).as(what).isEqualTo(expectedText);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void theBuiltInEsp2013GivesTheSameRatesAsTheReferenceStandardColumn() {
        for (String name : List.of("testdata_big", "testdata_small", "testdata_tiny")) {
            Area area = independentAreas().get(name);
            // the reference data label 55-59 as "55-69"; the weights are those of ESP2013
            List<AgeBandCount> relabelled = area.bands().stream()
                    .map(b -> b.ageBand().equals("55-69") ? new AgeBandCount("55-59", b.count(), b.population()) : b)
                    .toList();
            StandardisedRate custom = DirectlyStandardisedRates.of(area.bands(), area.standard(), 100000, 0.95, 0.998);
            StandardisedRate esp = DirectlyStandardisedRates.esp2013(relabelled, 100000, 0.95, 0.998);
            assertThat(esp).as(name).isEqualTo(custom);
        }
    }
}
