package org.joinedup.server.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.junit.jupiter.api.Test;

class StatusSummaryTest {
    private static MetricReading figure(BenchmarkResult vsEngland, Signal signal) {
        return new MetricReading("m", "M", "/metrics/m", "1.0%", "2024-25", null, vsEngland, signal, null);
    }

    private static MetricReading none() {
        return new MetricReading("m", "M", "/metrics/m", null, null, null, null, null, "No figure for this area");
    }

    @Test
    void countsEachComparisonVariationAndGap() {
        StatusSummary summary = StatusSummary.of(List.of(
                figure(BenchmarkResult.BETTER, Signal.IMPROVING),
                figure(BenchmarkResult.BEST, Signal.NO_SIGNAL),
                figure(BenchmarkResult.WORSE, Signal.NO_SIGNAL),
                figure(BenchmarkResult.SIMILAR, Signal.NOT_CHARTED),
                none()));

        assertThat(summary.text()).isEqualTo("vs England: 2 better, 1 similar, 1 worse; 1 improving; 1 no data");
        assertThat(summary.status()).isEqualTo(BoxStatus.MIXED);
        assertThat(summary.noData()).isEqualTo(1);
    }

    @Test
    void goodAndConcernNeedSignalsOnOneSideOnly() {
        assertThat(StatusSummary.of(List.of(figure(BenchmarkResult.SIMILAR, Signal.IMPROVING)))
                        .status())
                .isEqualTo(BoxStatus.GOOD);
        assertThat(StatusSummary.of(List.of(
                                figure(BenchmarkResult.WORST, Signal.NO_SIGNAL),
                                figure(BenchmarkResult.SIMILAR, Signal.DETERIORATING)))
                        .text())
                .isEqualTo("vs England: 1 similar, 1 worse; 1 deteriorating");
        assertThat(StatusSummary.of(List.of(figure(BenchmarkResult.WORST, Signal.NO_SIGNAL)))
                        .status())
                .isEqualTo(BoxStatus.CONCERN);
    }

    @Test
    void higherLowerAndNotComparedAreNoSignal() {
        StatusSummary summary = StatusSummary.of(List.of(
                figure(BenchmarkResult.HIGHER, Signal.NO_SIGNAL),
                figure(BenchmarkResult.LOWER, Signal.NO_SIGNAL),
                figure(BenchmarkResult.NOT_COMPARED, Signal.NO_SIGNAL)));
        assertThat(summary.status()).isEqualTo(BoxStatus.STEADY);
        assertThat(summary.text()).isEqualTo("vs England: 1 higher, 1 lower, 1 not compared");
    }

    @Test
    void englandHasNoComparisonSoTheFiguresAreCounted() {
        StatusSummary summary = StatusSummary.of(List.of(figure(null, Signal.NO_SIGNAL), none(), none()));
        assertThat(summary.text()).isEqualTo("1 with a figure; 2 no data");
        assertThat(summary.status()).isEqualTo(BoxStatus.STEADY);
    }

    @Test
    void noFigureAndNoMetricAreSaidSo() {
        assertThat(StatusSummary.of(List.of(none())).status()).isEqualTo(BoxStatus.NO_DATA);
        assertThat(StatusSummary.of(List.of(none())).text()).isEqualTo("1 no data");
        assertThat(StatusSummary.of(List.of()).status()).isEqualTo(BoxStatus.NO_METRIC);
        assertThat(StatusSummary.of(List.of()).text()).isEqualTo("No metric in the catalogue yet");
    }
}
