package org.joinedup.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.joinedup.core.assessment.ObservationSeries;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.server.store.StoredObservation;
import org.junit.jupiter.api.Test;

/** The compact columns give back every row as it was stored, in the order of the store's key-ordered read. */
class SuppliedColumnsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void givesEachMetricsRowsBackSortedByAreaCodeThenPeriodWithNullsAndStatusKept() {
        SuppliedColumns columns = new SuppliedColumns(List.of("m1", "m2"), LONDON);
        columns.add(row("m1", "RF4", "2024-05", 3.0, 10.0, 30.0, "FINAL", "2024-06-30T23:30:00Z"));
        columns.add(row("m2", "E92000001", "2024-04", 1.0, 2.0, 50.0, "FINAL", "2024-06-01T12:00:00Z"));
        columns.add(row("other", "RF4", "2024-04", 1.0, 2.0, 50.0, "FINAL", "2024-06-01T12:00:00Z"));
        columns.add(row("m1", "E92000001", "2024-05", null, null, 12.5, "PROVISIONAL", "2024-06-01T12:00:00Z"));
        columns.add(row("m1", "RF4", "2024-04", 1.0, 4.0, 25.0, "FINAL", "2024-06-01T12:00:00Z"));
        columns.add(row("m1", "E92000001", "Q1 2024-25", 7.0, 9.0, null, "FINAL", "2024-06-01T12:00:00Z"));

        assertThat(columns.size()).isEqualTo(5);
        assertThat(columns.periods())
                .containsExactlyInAnyOrder(
                        Period.parse("2024-04"), Period.parse("2024-05"), Period.parse("Q1 2024-25"));

        List<ObservationSeries.Supplied> m1 = columns.supplied(0);
        assertThat(m1)
                .extracting(s -> s.observation().key().areaCode() + " "
                        + s.observation().key().period().label())
                .containsExactly("E92000001 Q1 2024-25", "E92000001 2024-05", "RF4 2024-04", "RF4 2024-05");
        Observation provisional = m1.get(1).observation();
        assertThat(provisional.numerator()).isNull();
        assertThat(provisional.denominator()).isNull();
        assertThat(provisional.value()).isEqualTo(12.5);
        assertThat(provisional.status()).isEqualTo(Status.PROVISIONAL);
        assertThat(m1.get(0).observation().value()).isNull();
        assertThat(m1.get(0).observation().numerator()).isEqualTo(7.0);
        // Recorded at 23:30 UTC on 30 June: 1 July in London.
        assertThat(m1.get(3).receivedDay())
                .isEqualTo((int) LocalDate.of(2024, 7, 1).toEpochDay());
        assertThat(m1.get(3).observation().definitionVersion()).isEqualTo(2);

        assertThat(columns.supplied(1))
                .singleElement()
                .satisfies(s -> assertThat(s.observation().key().metricId()).isEqualTo("m2"));
        assertThat(columns.supplied(0))
                .as("a metric's columns are released once given")
                .isEmpty();
    }

    private static StoredObservation row(
            String metric,
            String area,
            String period,
            Double numerator,
            Double denominator,
            Double value,
            String status,
            String recordedAt) {
        Period p = Period.parse(period);
        return new StoredObservation(
                metric,
                area.equals("RF4") ? 2 : 1,
                area,
                p.label(),
                p.type().name(),
                p.start(),
                p.end(),
                "",
                numerator,
                denominator,
                value,
                status,
                1,
                1,
                Instant.parse(recordedAt));
    }
}
