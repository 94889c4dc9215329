package org.joinedup.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The provider tree is rolled up first, so trust figures reach the ICB and, along the NHS tree, England. */
class AggregationTreeOrderTest {
    private static final LocalDate DATE = LocalDate.of(2024, 6, 30);
    private static final Period MONTH = Period.parse("2024-05");

    /** England > NHS region Y63 > ICB QHM; trusts RTF and RR7 in QHM (provider tree); a sub-ICB 00L in QHM. */
    private static final Geography GEO = Geography.of(
            List.of(
                    Area.of("ENG", "England", AreaType.COUNTRY),
                    Area.of("Y63", "North East and Yorkshire", AreaType.NHS_REGION),
                    Area.of("QHM", "ICB", AreaType.ICB),
                    Area.of("00L", "Sub-ICB L", AreaType.SUB_ICB),
                    Area.of("RTF", "Trust 1", AreaType.TRUST),
                    Area.of("RR7", "Trust 2", AreaType.TRUST)),
            List.of(
                    AreaLink.of("Y63", "ENG", Hierarchy.NHS),
                    AreaLink.of("QHM", "Y63", Hierarchy.NHS),
                    AreaLink.of("00L", "QHM", Hierarchy.NHS),
                    AreaLink.of("RTF", "QHM", Hierarchy.PROVIDER),
                    AreaLink.of("RR7", "QHM", Hierarchy.PROVIDER)));

    private static final MetricDefinition PCT = MetricDefinition.builder("pct", 1)
            .valueType(ValueType.PROPORTION)
            .multiplier(100)
            .build();

    private final Aggregation aggregation =
            new Aggregation((id, version) -> id.equals("pct") ? Optional.of(PCT) : Optional.empty());

    private static Observation trust(String code, double numerator, double denominator) {
        return new Observation(
                new ObservationKey("pct", code, MONTH, Breakdown.TOTAL), 1, numerator, denominator, null, Status.FINAL);
    }

    private static Observation find(RollUpResult result, String area) {
        return result.observations().stream()
                .filter(o -> o.key().areaCode().equals(area))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no observation for " + area));
    }

    @Test
    void trustValuesReachTheIcbTheNhsRegionAndEngland() {
        RollUpResult result = aggregation.rollUp(List.of(trust("RTF", 90, 100), trust("RR7", 60, 100)), GEO, DATE);

        for (String area : List.of("QHM", "Y63", "ENG")) {
            Observation o = find(result, area);
            assertThat(o.numerator()).as(area).isEqualTo(150.0);
            assertThat(o.denominator()).as(area).isEqualTo(200.0);
            assertThat(o.value()).as(area).isEqualTo(75.0);
        }
        assertThat(result.observations()).hasSize(3);
    }
}
