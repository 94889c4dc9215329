package org.joinedup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.ImprovementDirection;
import org.joinedup.core.spc.SpcCalculator;
import org.joinedup.core.spc.SpcObservation;
import org.joinedup.core.spc.SpcOptions;
import org.joinedup.core.spc.SpcPoint;
import org.joinedup.core.spc.SpcResult;
import org.joinedup.core.spc.Variation;
import org.junit.jupiter.api.Test;

/**
 * The XmR kernel is {@link SpcCalculator#xmr} with the default options: same mean, limits and mean moving
 * range to the bit, same special cause and point type at every point, same variation and assurance icons.
 */
class XmrKernelEquivalenceTest {
    private static final LocalDate START = LocalDate.of(2016, 4, 1);

    /** Runs both and compares everything; the target is NaN for none. */
    static void assertSame(double[] values, ImprovementDirection direction, double target) {
        SpcOptions options = SpcOptions.DEFAULT.withImprovementDirection(direction);
        if (!Double.isNaN(target)) {
            options = options.withTarget(target);
        }
        List<SpcObservation> series = IntStream.range(0, values.length)
                .mapToObj(i -> SpcObservation.of(START.plusMonths(i), values[i]))
                .toList();
        SpcResult expected = new SpcCalculator(options).xmr(series);

        XmrKernel.Workspace ws = new XmrKernel.Workspace(4);
        ws.ensure(values.length);
        System.arraycopy(values, 0, ws.y, 0, values.length);
        XmrKernel.chart(ws, values.length);

        String what = Arrays.toString(values) + " " + direction;
        for (int i = 0; i < values.length; i++) {
            SpcPoint p = expected.points().get(i);
            assertThat(ws.cause[i]).as("cause at %d of %s", i, what).isEqualTo((byte)
                    p.specialCause().ordinal());
            assertThat(XmrKernel.pointType(ws.cause[i], direction))
                    .as("point type at %d of %s", i, what)
                    .isEqualTo((byte) p.pointType().ordinal());
            assertBits(ws.mean, p.mean(), "mean", what);
            assertBits(ws.lpl, p.lpl(), "lpl", what);
            assertBits(ws.upl, p.upl(), "upl", what);
            assertBits(ws.nearLpl, p.nearLpl(), "nearLpl", what);
            assertBits(ws.nearUpl, p.nearUpl(), "nearUpl", what);
        }
        if (values.length > 0) {
            assertBits(ws.meanMovingRange, expected.groups().get(0).meanMovingRange(), "mean moving range", what);
            SpcPoint last = expected.lastPoint().orElseThrow();
            assertThat(Variation.of(last.pointType(), direction))
                    .isEqualTo(expected.variation().orElseThrow());
            assertThat(Assurance.of(ws.lpl, ws.upl, Double.isNaN(target) ? null : target, direction))
                    .isEqualTo(expected.assurance());
        } else {
            assertThat(Double.isNaN(ws.mean)).isTrue();
        }
    }

    private static void assertBits(double actual, double expected, String field, String what) {
        assertThat(Double.doubleToLongBits(actual))
                .as("%s: %s vs %s for %s", field, actual, expected, what)
                .isEqualTo(Double.doubleToLongBits(expected));
    }

    @Property(tries = 3000)
    void sameChartAsTheSpcCalculator(
            @ForAll("series") double[] values,
            @ForAll ImprovementDirection direction,
            @ForAll("targets") double target) {
        assertSame(values, direction, target);
    }

    /** Through the assessor: absent values are left out of the chart, as a series without those dates. */
    @Property(tries = 500)
    void absentValuesAreLeftOutOfTheChart(
            @ForAll("series") double[] values,
            @ForAll ImprovementDirection direction,
            @ForAll("targets") double target) {
        double[] withGaps = new double[values.length * 2];
        Arrays.fill(withGaps, Double.NaN);
        for (int i = 0; i < values.length; i++) {
            withGaps[2 * i + (i % 3 == 0 ? 1 : 0)] = values[i];
        }
        SeriesAssessment s = Fixtures.assessOne(withGaps, direction, target);
        SpcOptions options = SpcOptions.DEFAULT.withImprovementDirection(direction);
        if (!Double.isNaN(target)) {
            options = options.withTarget(target);
        }
        List<SpcObservation> present = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < withGaps.length; i++) {
            if (!Double.isNaN(withGaps[i])) {
                present.add(SpcObservation.of(START.plusMonths(i), withGaps[i]));
                positions.add(i);
            }
        }
        SpcResult expected = new SpcCalculator(options).xmr(present);
        for (int k = 0; k < present.size(); k++) {
            int i = positions.get(k);
            assertThat(s.pointTypeCode(i))
                    .isEqualTo((byte) expected.points().get(k).pointType().ordinal());
            assertThat(s.specialCauseCode(i))
                    .isEqualTo((byte) expected.points().get(k).specialCause().ordinal());
        }
        for (int i = 0; i < withGaps.length; i++) {
            if (Double.isNaN(withGaps[i])) {
                assertThat(s.pointTypeCode(i)).isEqualTo(XmrKernel.NO_POINT);
            }
        }
        assertThat(s.variationCode())
                .isEqualTo(expected.variation().map(v -> (byte) v.ordinal()).orElse(XmrKernel.NO_POINT));
        assertThat(s.assuranceCode())
                .isEqualTo(expected.assurance().map(a -> (byte) a.ordinal()).orElse(XmrKernel.NO_POINT));
        if (!present.isEmpty()) {
            assertThat(Double.doubleToLongBits(s.upl()))
                    .isEqualTo(Double.doubleToLongBits(expected.points().get(0).upl()));
        }
    }

    @Provide
    Arbitrary<Double> targets() {
        return Arbitraries.oneOf(
                Arbitraries.just(Double.NaN), Arbitraries.doubles().between(-20, 20));
    }

    /** Series made of segments: constant runs, monotone runs, small-integer ties, noise, outliers, tenths. */
    @Provide
    Arbitrary<double[]> series() {
        Arbitrary<double[]> constant = Combinators.combine(
                        Arbitraries.integers().between(-3, 3),
                        Arbitraries.integers().between(1, 10))
                .as((v, n) -> {
                    double[] a = new double[n];
                    Arrays.fill(a, v);
                    return a;
                });
        Arbitrary<double[]> monotone = Combinators.combine(
                        Arbitraries.integers().between(-5, 5),
                        Arbitraries.of(-1, 1),
                        Arbitraries.integers().between(5, 10),
                        Arbitraries.doubles().between(0.1, 3))
                .as((start, sign, n, step) -> {
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = start + sign * step * i;
                    }
                    return a;
                });
        Arbitrary<double[]> ties = Arbitraries.integers()
                .between(-2, 2)
                .list()
                .ofMinSize(1)
                .ofMaxSize(10)
                .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
        Arbitrary<double[]> noise = Arbitraries.doubles()
                .between(-10, 10)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
        Arbitrary<double[]> outlier = Arbitraries.of(-1000.0, 1000.0, 37.5).map(v -> new double[] {v});
        Arbitrary<double[]> tenths = Arbitraries.integers()
                .between(0, 3)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(l -> l.stream().mapToDouble(v -> v * 0.1).toArray());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, constant),
                        net.jqwik.api.Tuple.of(3, monotone),
                        net.jqwik.api.Tuple.of(3, ties),
                        net.jqwik.api.Tuple.of(3, noise),
                        net.jqwik.api.Tuple.of(1, outlier),
                        net.jqwik.api.Tuple.of(2, tenths))
                .list()
                .ofMinSize(0)
                .ofMaxSize(8)
                .map(parts -> {
                    double[] out =
                            new double[parts.stream().mapToInt(p -> p.length).sum()];
                    int at = 0;
                    for (double[] p : parts) {
                        System.arraycopy(p, 0, out, at, p.length);
                        at += p.length;
                    }
                    return out;
                });
    }

    @Test
    void shortSeries() {
        for (ImprovementDirection d : ImprovementDirection.values()) {
            assertSame(new double[0], d, Double.NaN);
            assertSame(new double[] {5}, d, 3);
            assertSame(new double[] {5, 5}, d, 5);
            assertSame(new double[] {1, 2}, d, 0);
            assertSame(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, d, Double.NaN);
            assertSame(new double[] {1, 1, 1, 1, 1, 1, 1, 2}, d, 1.5);
            assertSame(new double[] {1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1}, d, Double.NaN);
        }
    }

    /** The reference vectors of {@code vectors/spc/spc_cases.json} that use the default options. */
    @Test
    void referenceVectors() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/vectors/spc/spc_cases.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile(
                        "\"values\":\\s*\\[([^\\]]*)\\],\\s*\"improvement_direction\":\\s*\"(\\w+)\",\\s*"
                                + "\"screen_outliers\":\\s*(true|false)(?:,\\s*\"fix_after_n_points\":\\s*(null|\\d+))?",
                        Pattern.DOTALL)
                .matcher(json);
        int cases = 0;
        int checked = 0;
        while (m.find()) {
            cases++;
            if (!m.group(3).equals("true") || (m.group(4) != null && !m.group(4).equals("null"))) {
                continue; // the kernel is the default chart: screening on, limits from every point
            }
            double[] values = Arrays.stream(m.group(1).split(","))
                    .map(String::strip)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            ImprovementDirection direction =
                    ImprovementDirection.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
            assertSame(values, direction, Double.NaN);
            assertSame(values, direction, values[values.length / 2]);
            checked++;
        }
        assertThat(cases).isEqualTo(9);
        assertThat(checked).isEqualTo(7);
    }
}
