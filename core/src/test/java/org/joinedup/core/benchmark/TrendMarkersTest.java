package org.joinedup.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;

/** The recent-trend marker against Fingertips' own test series, and an independent form of its statistic. */
class TrendMarkersTest {

    @Test
    void fingertipsTestSeriesGiveTheirExpectedMarkersAndChiSquares() {
        Map<String, List<CsvRow>> cases = new LinkedHashMap<>();
        for (CsvRow row : Fixtures.rows("trend_fingertips.csv")) {
            cases.computeIfAbsent(row.get("case"), k -> new ArrayList<>()).add(row);
        }
        assertThat(cases).hasSize(7);
        for (Map.Entry<String, List<CsvRow>> c : cases.entrySet()) {
            CsvRow first = c.getValue().get(0);
            boolean counts = first.get("method").equals("counts");
            List<TrendPoint> series = c.getValue().stream()
                    .map(r -> counts
                            ? TrendPoint.ofCounts(num(r, "count"), num(r, "denominator"))
                            : TrendPoint.ofValue(num(r, "value"), num(r, "lower95"), num(r, "upper95")))
                    .toList();
            TrendResult result = counts ? TrendMarkers.forCounts(series) : TrendMarkers.forIntervals(series);
            assertThat(result.marker().label()).as(c.getKey()).isEqualTo(first.get("expected_marker"));
            String chi = first.get("expected_chi_square_2dp");
            if (!chi.isEmpty()) {
                // Fingertips asserts Math.Round(chiSquare, 2)
                assertThat(BigDecimal.valueOf(result.chiSquare()).setScale(2, RoundingMode.HALF_EVEN))
                        .as(c.getKey())
                        .isEqualByComparingTo(chi);
            }
        }
    }

    private static double num(CsvRow row, String column) {
        return Fixtures.number(row, column).orElseThrow();
    }

    @Test
    void thresholdsAreFingertipsConstants() {
        // TrendMarkerCalculator.ChiSquareConfidence and the older calculator's chiSquared95
        Fixtures.assertClose("99.8%", 9.54953570608324, TrendMarkers.threshold(5, 0.998), 1e-13);
        Fixtures.assertClose("95%", 3.84145882069412, TrendMarkers.threshold(5, 0.95), 1e-13);
    }

    @Test
    void tooFewRecentPointsCannotBeCalculatedAndAGapBreaksTheRun() {
        List<TrendPoint> four = List.of(
                TrendPoint.ofCounts(10, 100),
                TrendPoint.ofCounts(20, 100),
                TrendPoint.ofCounts(30, 100),
                TrendPoint.ofCounts(40, 100));
        assertThat(TrendMarkers.forCounts(four).marker()).isEqualTo(TrendMarker.COULD_NOT_BE_CALCULATED);
        List<TrendPoint> gap = new ArrayList<>();
        gap.add(TrendPoint.ofCounts(5, 100));
        gap.add(TrendPoint.missing());
        gap.addAll(four);
        TrendResult r = TrendMarkers.forCounts(gap);
        assertThat(r.marker()).isEqualTo(TrendMarker.COULD_NOT_BE_CALCULATED);
        assertThat(r.message()).isEqualTo("Not enough data points with valid values to calculate recent trend");
        assertThat(r.chiSquare()).isZero();
        // older points before a full run of five are ignored
        List<TrendPoint> longer = new ArrayList<>(gap);
        longer.add(TrendPoint.ofCounts(50, 100));
        assertThat(TrendMarkers.forCounts(longer).marker()).isEqualTo(TrendMarker.INCREASING);
        assertThat(TrendMarkers.forCounts(longer).pointsUsed()).isEqualTo(5);
        // zero events: the log-odds are infinite
        List<TrendPoint> zero = new ArrayList<>(four);
        zero.add(0, TrendPoint.ofCounts(0, 100));
        assertThat(TrendMarkers.forCounts(zero).message()).isEqualTo("The recent trend cannot be calculated");
    }

    @Test
    void oneOutlyingPointStopsASignificantTrend() {
        // a strong rise, but leaving out the big last point reverses the slope
        List<TrendPoint> series = List.of(
                TrendPoint.ofCounts(300, 1000),
                TrendPoint.ofCounts(290, 1000),
                TrendPoint.ofCounts(280, 1000),
                TrendPoint.ofCounts(270, 1000),
                TrendPoint.ofCounts(600, 1000));
        TrendResult r = TrendMarkers.forCounts(series);
        assertThat(r.chiSquare()).isGreaterThan(TrendMarkers.threshold(5, 0.998));
        assertThat(r.significant()).isFalse();
        assertThat(r.marker()).isEqualTo(TrendMarker.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void labelsFollowThePolarity() {
        assertThat(TrendMarker.INCREASING.label(Polarity.HIGHER_IS_BETTER)).isEqualTo("Increasing and getting better");
        assertThat(TrendMarker.INCREASING.label(Polarity.LOWER_IS_BETTER)).isEqualTo("Increasing and getting worse");
        assertThat(TrendMarker.DECREASING.label(Polarity.LOWER_IS_BETTER)).isEqualTo("Decreasing and getting better");
        assertThat(TrendMarker.DECREASING.label(Polarity.HIGHER_IS_BETTER)).isEqualTo("Decreasing and getting worse");
        assertThat(TrendMarker.DECREASING.label(Polarity.NO_JUDGEMENT)).isEqualTo("Decreasing");
        assertThat(TrendMarker.NO_SIGNIFICANT_CHANGE.label()).isEqualTo("no significant change");
        assertThat(TrendMarker.COULD_NOT_BE_CALCULATED.label()).isEqualTo("could not be calculated");
        assertThatThrownBy(() -> TrendMarkers.forCounts(List.of(), 2, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The Armitage statistic computed independently: for individual-level data (one 0/1 outcome per person, with
     * the period t as score) the chi-square for trend is N·r², r the Pearson correlation of outcome and score.
     */
    @Property(tries = 200)
    void chiSquareForTrendIsNTimesTheSquaredCorrelationOfOutcomeAndTime(
            @ForAll @Size(min = 5, max = 5) List<@IntRange(min = 20, max = 400) Integer> denominators,
            @ForAll @Size(min = 5, max = 5) List<@IntRange(min = 1, max = 19) Integer> counts) {
        List<TrendPoint> series = new ArrayList<>();
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < 5; i++) {
            int d = denominators.get(i);
            int c = counts.get(i);
            series.add(TrendPoint.ofCounts(c, d));
            int t = i + 1;
            for (int person = 0; person < d; person++) {
                double y = person < c ? 1 : 0;
                n++;
                sx += t;
                sy += y;
                sxx += t * t;
                syy += y * y;
                sxy += t * y;
            }
        }
        double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
        TrendResult result = TrendMarkers.forCounts(series, 5, 0.95);
        Fixtures.assertClose("chi-square", n * r * r, result.chiSquare(), 1e-10);
        if (result.significant()) {
            assertThat(result.marker()).isEqualTo(r > 0 ? TrendMarker.INCREASING : TrendMarker.DECREASING);
        }
    }

    /** Reversing time reverses the direction and keeps the statistic. */
    @Property(tries = 200)
    void reversingTimeReversesTheDirection(
            @ForAll @Size(min = 5, max = 5) List<@IntRange(min = 1, max = 999) Integer> counts) {
        List<TrendPoint> forward = new ArrayList<>();
        List<TrendPoint> backward = new ArrayList<>();
        for (int c : counts) {
            forward.add(TrendPoint.ofValue(c, c - 10 - c / 20.0, c + 10 + c / 20.0));
            backward.add(0, TrendPoint.ofValue(c, c - 10 - c / 20.0, c + 10 + c / 20.0));
        }
        TrendResult f = TrendMarkers.forIntervals(forward, 5, 0.95);
        TrendResult b = TrendMarkers.forIntervals(backward, 5, 0.95);
        Fixtures.assertClose("chi-square", f.chiSquare(), b.chiSquare(), 1e-9);
        Assume.that(f.marker() != TrendMarker.NO_SIGNIFICANT_CHANGE);
        assertThat(b.marker())
                .isEqualTo(f.marker() == TrendMarker.INCREASING ? TrendMarker.DECREASING : TrendMarker.INCREASING);
    }
}
