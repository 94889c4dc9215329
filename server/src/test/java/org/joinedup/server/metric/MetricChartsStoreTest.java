package org.joinedup.server.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.period.Period;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.chart.BenchmarkChart;
import org.joinedup.server.chart.FunnelChart;
import org.joinedup.server.reference.ReferenceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Peers, benchmark and funnel inputs from the assessments of the shipped A&E data, February 2019. */
class MetricChartsStoreTest extends StoreTestSupport {
    private static final Period FEBRUARY_2019 = Period.parse("2019-02");

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReferenceData reference;

    private AssessmentReading reading;
    private Geography geography;
    private Metric ae4hr;

    @BeforeEach
    void read() {
        assessments.awaitReady(Duration.ofMinutes(5));
        reading = assessments.reading(null).orElseThrow();
        geography = reference.geography();
        ae4hr = reference.catalogue().metric("ae_4hr").orElseThrow();
    }

    private Area area(String code) {
        return geography.resolve(code).orElseThrow();
    }

    @Test
    void aTrustsPeersAreTheTrustsOfItsIcb() {
        assertThat(MetricCharts.peers(reading, geography, "ae_4hr", area("RTD"), FEBRUARY_2019))
                .extracting(Area::code)
                .containsExactlyInAnyOrder("RTD", "RVW", "RTF", "RR7", "RTR", "RXP")
                .doesNotContain("RR8");
    }

    @Test
    void englandIsBenchmarkedAgainstTheNhsRegions() {
        BenchmarkChart.Data data = MetricCharts.benchmark(
                        reading, geography, ae4hr.latest(), area("E92000001"), FEBRUARY_2019)
                .orElseThrow();
        assertThat(data.areas()).hasSize(7);
        assertThat(data.areas())
                .allSatisfy(a -> assertThat(area(a.code()).type()).isEqualTo(AreaType.NHS_REGION));
        // 1,349,557 of 1,631,962 attendances within four hours
        assertThat(data.england()).isCloseTo(100.0 * 1_349_557 / 1_631_962, org.assertj.core.data.Offset.offset(1e-9));
        BenchmarkChart.Area midlands = data.areas().stream()
                .filter(a -> a.name().equals("Midlands"))
                .findFirst()
                .orElseThrow();
        assertThat(midlands.result()).isEqualTo(BenchmarkResult.WORSE);
        assertThat(midlands.lower()).isLessThan(midlands.value());
        assertThat(midlands.upper()).isGreaterThan(midlands.value());
    }

    @Test
    void aCountHasNoEnglandLine() {
        Metric attendances = reference.catalogue().metric("ae_attendances").orElseThrow();
        BenchmarkChart.Data data = MetricCharts.benchmark(
                        reading, geography, attendances.latest(), area("RTD"), FEBRUARY_2019)
                .orElseThrow();
        assertThat(data.england()).isNull();
        assertThat(data.areas()).extracting(BenchmarkChart.Area::code).contains("RTD");
    }

    @Test
    void theFunnelOfAnIcbHoldsEveryIcbWithItsAttendances() {
        FunnelChart.Data data = MetricCharts.funnel(reading, geography, ae4hr.latest(), area("QHM"), FEBRUARY_2019)
                .orElseThrow();
        assertThat(data.kind()).isEqualTo(FunnelChart.Kind.PROPORTION);
        assertThat(data.multiplier()).isEqualTo(100);
        assertThat(data.areas()).hasSizeGreaterThan(30);
        FunnelChart.Area qhm = data.areas().stream()
                .filter(a -> a.code().equals(area("QHM").code()))
                .findFirst()
                .orElseThrow();
        assertThat(qhm.denominator()).isEqualTo(88_624);
        assertThat(qhm.value()).isCloseTo(100.0 * 81_250 / 88_624, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(FunnelChart.classify(data, qhm)).isEqualTo(BenchmarkResult.BEST);
    }
}
