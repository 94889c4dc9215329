package org.joinedup.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class AggregationTest {
    private static final LocalDate DATE = LocalDate.of(2024, 6, 30);
    private static final Period Q1 = Period.parse("Q1 2024-25");

    /** England > ICB (QHM) > sub-ICBs 00L and 00N; trust RTF in QHM; two councils in a region. */
    private static final Geography GEO = Geography.of(
            List.of(
                    Area.of("ENG", "England", AreaType.COUNTRY),
                    Area.of("QHM", "ICB", AreaType.ICB),
                    Area.of("00L", "Sub-ICB L", AreaType.SUB_ICB),
                    Area.of("00N", "Sub-ICB N", AreaType.SUB_ICB),
                    Area.of("RTF", "Trust", AreaType.TRUST),
                    Area.of("NE", "North East", AreaType.REGION),
                    Area.of("LA1", "Council 1", AreaType.UTLA),
                    Area.of("LA2", "Council 2", AreaType.UTLA)),
            List.of(
                    AreaLink.of("00L", "QHM", Hierarchy.NHS),
                    AreaLink.of("00N", "QHM", Hierarchy.NHS),
                    AreaLink.of("QHM", "ENG", Hierarchy.NHS),
                    AreaLink.of("RTF", "QHM", Hierarchy.PROVIDER),
                    AreaLink.of("LA1", "NE", Hierarchy.LOCAL_GOVERNMENT),
                    AreaLink.of("LA2", "NE", Hierarchy.LOCAL_GOVERNMENT),
                    AreaLink.of("NE", "ENG", Hierarchy.LOCAL_GOVERNMENT)));

    private static final MetricDefinition PCT = MetricDefinition.builder("pct", 1)
            .valueType(ValueType.PROPORTION)
            .multiplier(100)
            .build();
    private static final MetricDefinition COUNT =
            MetricDefinition.builder("cnt", 1).build();
    private static final MetricDefinition DSR = MetricDefinition.builder("falls", 1)
            .valueType(ValueType.DSR)
            .multiplier(100_000)
            .build();

    private final Aggregation aggregation = new Aggregation(AggregationTest::lookup);

    private static Optional<MetricDefinition> lookup(String id, int version) {
        return List.of(PCT, COUNT, DSR).stream()
                .filter(d -> d.id().equals(id) && d.version() == version)
                .findFirst();
    }

    private static Observation obs(String metric, String area, String breakdown, Double num, Double den, Double value) {
        return new Observation(
                new ObservationKey(metric, area, Q1, Breakdown.parse(breakdown)), 1, num, den, value, Status.FINAL);
    }

    private static Observation find(RollUpResult result, String area, String breakdown) {
        return result.observations().stream()
                .filter(o -> o.key().areaCode().equals(area)
                        && o.key().breakdown().label().equals(breakdown))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no observation for " + area + " " + breakdown));
    }

    @Test
    void sumsNumeratorsAndDenominatorsAndRecomputesProportions() {
        RollUpResult result = aggregation.rollUp(
                List.of(obs("pct", "00L", "", 90.0, 100.0, 90.0), obs("pct", "00N", "", 10.0, 100.0, 10.0)), GEO, DATE);

        Observation icb = find(result, "QHM", "");
        assertThat(icb.numerator()).isEqualTo(100.0);
        assertThat(icb.denominator()).isEqualTo(200.0);
        assertThat(icb.value()).isEqualTo(50.0);
        assertThat(find(result, "ENG", "").value()).isEqualTo(50.0);
        assertThat(result.observations()).hasSize(2);
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void proportionsAreNotAveraged() {
        RollUpResult result = aggregation.rollUp(
                List.of(obs("pct", "00L", "", 9.0, 10.0, null), obs("pct", "00N", "", 10.0, 1000.0, null)), GEO, DATE);

        // the mean of 90% and 1% would be 45.5%; the pooled proportion is 19/1010
        assertThat(find(result, "QHM", "").value()).isCloseTo(100 * 19.0 / 1010, within(1e-9));
    }

    @Test
    void nativelySuppliedValuesWin() {
        RollUpResult result = aggregation.rollUp(
                List.of(
                        obs("cnt", "00L", "", 5.0, null, null),
                        obs("cnt", "00N", "", 7.0, null, null),
                        obs("cnt", "QHM", "", 20.0, null, null)),
                GEO,
                DATE);

        assertThat(result.observations()).extracting(o -> o.key().areaCode()).containsExactly("ENG");
        assertThat(find(result, "ENG", "").numerator()).isEqualTo(20.0);
    }

    @Test
    void skipsValueOnlyObservationsAndSaysSo() {
        RollUpResult result = aggregation.rollUp(
                List.of(obs("pct", "00L", "", 30.0, 60.0, 50.0), obs("pct", "00N", "", null, null, 12.5)), GEO, DATE);

        Observation icb = find(result, "QHM", "");
        assertThat(icb.numerator()).isEqualTo(30.0);
        assertThat(icb.denominator()).isEqualTo(60.0);
        assertThat(result.issues())
                .extracting(RollUpIssue::kind, i -> i.key().areaCode())
                .contains(
                        org.assertj.core.groups.Tuple.tuple(RollUpIssue.Kind.VALUE_ONLY, "00N"),
                        org.assertj.core.groups.Tuple.tuple(RollUpIssue.Kind.INCOMPLETE, "QHM"));
    }

    @Test
    void flagsParentsMissingSomeChildrenAndKeepsBreakdownsApart() {
        RollUpResult result = aggregation.rollUp(
                List.of(obs("cnt", "00L", "sex=F", 4.0, null, null), obs("cnt", "00L", "sex=M", 6.0, null, null)),
                GEO,
                DATE);

        assertThat(find(result, "QHM", "sex=F").numerator()).isEqualTo(4.0);
        assertThat(find(result, "QHM", "sex=M").numerator()).isEqualTo(6.0);
        assertThat(result.issues())
                .filteredOn(i -> i.kind() == RollUpIssue.Kind.INCOMPLETE)
                .extracting(i -> i.key().areaCode())
                .containsOnly("QHM");
    }

    @Test
    void fillsAnAreaFromOneTreeOnlySoProvidersDoNotDoubleCount() {
        RollUpResult result = aggregation.rollUp(
                List.of(
                        obs("cnt", "00L", "", 5.0, null, null),
                        obs("cnt", "00N", "", 5.0, null, null),
                        obs("cnt", "RTF", "", 10.0, null, null)),
                GEO,
                DATE);

        assertThat(find(result, "QHM", "").numerator()).isEqualTo(10.0);
        assertThat(find(result, "ENG", "").numerator()).isEqualTo(10.0);
    }

    @Test
    void rollsUpLocalGovernmentAndMarksProvisionalSums() {
        Observation provisional = new Observation(
                new ObservationKey("cnt", "LA2", Q1, Breakdown.TOTAL), 1, 2.0, null, null, Status.PROVISIONAL);

        RollUpResult result =
                aggregation.rollUp(List.of(obs("cnt", "LA1", "", 1.0, null, null), provisional), GEO, DATE);

        Observation region = find(result, "NE", "");
        assertThat(region.numerator()).isEqualTo(3.0);
        assertThat(region.status()).isEqualTo(Status.PROVISIONAL);
    }

    @Test
    void directlyStandardisedRatesAreRebuiltFromSummedAgeBands() {
        RollUpResult result = aggregation.rollUp(
                List.of(
                        obs("falls", "00L", "age=65-69", 10.0, 10_000.0, null),
                        obs("falls", "00N", "age=65-69", 20.0, 10_000.0, null),
                        obs("falls", "00L", "age=90+", 30.0, 1_000.0, null),
                        obs("falls", "00N", "age=90+", 70.0, 1_000.0, null)),
                GEO,
                DATE);

        Observation band = find(result, "QHM", "age=65-69");
        assertThat(band.numerator()).isEqualTo(30.0);
        assertThat(band.denominator()).isEqualTo(20_000.0);
        Observation total = find(result, "QHM", "");
        double expected = (30.0 / 20_000 * 5500 + 100.0 / 2_000 * 1000) / 6500 * 100_000;
        assertThat(total.value()).isCloseTo(expected, within(1e-6));
        assertThat(total.numerator()).isEqualTo(130.0);
        assertThat(find(result, "00L", "").value())
                .isCloseTo((10.0 / 10_000 * 5500 + 30.0 / 1_000 * 1000) / 6500 * 100_000, within(1e-6));
    }

    @Test
    void reportsUnknownAreasAndMissingDefinitions() {
        RollUpResult result = aggregation.rollUp(
                List.of(obs("cnt", "ZZZ", "", 1.0, null, null), obs("nope", "00L", "", 1.0, null, null)), GEO, DATE);

        assertThat(result.observations()).isEmpty();
        assertThat(result.issues())
                .extracting(RollUpIssue::kind)
                .contains(RollUpIssue.Kind.UNKNOWN_AREA, RollUpIssue.Kind.NO_DEFINITION);
    }
}
