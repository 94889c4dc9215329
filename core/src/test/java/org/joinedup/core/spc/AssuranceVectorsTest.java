package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every row of {@code spc_assurance.csv}, exactly. */
class AssuranceVectorsTest {
    private static final List<Map<String, String>> ROWS = Vectors.csv("spc_assurance.csv");

    @TestFactory
    Stream<DynamicTest> everyAssuranceRowMatchesTheReference() {
        assertThat(ROWS).hasSize(13);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : ROWS) {
            tests.add(DynamicTest.dynamicTest(row.get("case"), () -> {
                Double target = row.get("target").isEmpty() ? null : Double.valueOf(row.get("target"));
                Optional<Assurance> assurance = Assurance.of(
                        Double.parseDouble(row.get("lpl")), Double.parseDouble(row.get("upl")), target, direction(row));
                assertThat(assurance.map(Assurance::code).orElse("NA")).isEqualTo(row.get("expected_assurance"));
            }));
        }
        return tests.stream();
    }

    /**
     * The rebase rows through a whole chart. The first period sits far from the target; the last one
     * alternates around the row's midpoint with a moving range that puts its limits exactly at the
     * row's lpl and upl. The reference reads assurance from the last row, so from the last period.
     */
    @TestFactory
    Stream<DynamicTest> aChartTakesItsAssuranceFromTheLastPeriod() {
        return ROWS.stream()
                .filter(row -> row.get("case").startsWith("rebase_last_group"))
                .map(row -> DynamicTest.dynamicTest(row.get("case"), () -> {
                    double lpl = Double.parseDouble(row.get("lpl"));
                    double upl = Double.parseDouble(row.get("upl"));
                    double mid = (lpl + upl) / 2;
                    double movingRange = (upl - lpl) / 2 / XmrLimits.LIMIT;
                    List<SpcObservation> series = new ArrayList<>();
                    LocalDate start = LocalDate.of(2023, 1, 1);
                    IntStream.range(0, 14)
                            .forEach(i -> series.add(SpcObservation.of(start.plusMonths(i), 100 + i % 2)));
                    IntStream.range(14, 28)
                            .forEach(i -> series.add(SpcObservation.of(
                                    start.plusMonths(i), mid + (i % 2 == 0 ? -0.5 : 0.5) * movingRange)));
                    SpcOptions options = SpcOptions.DEFAULT
                            .withImprovementDirection(direction(row))
                            .withTarget(Double.parseDouble(row.get("target")))
                            .withRebaseDates(List.of(start.plusMonths(14)));
                    SpcResult result = new SpcCalculator(options).xmr(series);
                    assertThat(result.groups()).hasSize(2);
                    assertThat(result.lastPoint().orElseThrow().lpl()).isCloseTo(lpl, within(1e-9));
                    assertThat(result.assurance().map(Assurance::code).orElse("NA"))
                            .isEqualTo(row.get("expected_assurance"));
                }));
    }

    private static ImprovementDirection direction(Map<String, String> row) {
        return ImprovementDirection.valueOf(row.get("improvement_direction").toUpperCase(Locale.ROOT));
    }
}
