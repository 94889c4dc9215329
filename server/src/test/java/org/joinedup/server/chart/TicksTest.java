package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void percentages() {
        Ticks t = Ticks.nice(74.3, 93.1, 5);
        assertEquals(List.of(70.0, 75.0, 80.0, 85.0, 90.0, 95.0), t.values());
        assertEquals(0, t.decimals());
    }

    @Test
    void zeroToOneHundred() {
        assertEquals(
                List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0),
                Ticks.nice(0, 100, 5).values());
    }

    @Test
    void smallStepsHaveDecimalsAndNoFloatingPointNoise() {
        Ticks t = Ticks.nice(0.1, 0.7, 6);
        assertEquals(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), t.values());
        assertEquals(1, t.decimals());
        Ticks quarter = Ticks.nice(0, 1.1, 4);
        assertEquals(0.25, quarter.step());
        assertEquals(2, quarter.decimals());
    }

    @Test
    void largeNumbers() {
        Ticks t = Ticks.nice(0, 1_234_567, 5);
        assertEquals(0.0, t.min());
        assertEquals(250_000.0, t.step());
        assertEquals(1_250_000.0, t.max());
    }

    @Test
    void negativeRanges() {
        Ticks t = Ticks.nice(-37, 12, 5);
        assertEquals(-40.0, t.min());
        assertEquals(20.0, t.max());
        assertTrue(t.values().contains(0.0));
    }

    @Test
    void anEmptyRangeIsWidened() {
        Ticks t = Ticks.nice(50, 50, 5);
        assertTrue(t.min() < 50 && t.max() > 50);
        Ticks zero = Ticks.nice(0, 0, 5);
        assertEquals(0.0, zero.min());
        assertEquals(1.0, zero.max());
        Ticks negative = Ticks.nice(-3, -3, 5);
        assertTrue(negative.min() < -3 && negative.max() > -3);
    }

    @Test
    void nonFiniteBoundsGiveZeroToOne() {
        Ticks t = Ticks.nice(Double.NaN, Double.POSITIVE_INFINITY, 5);
        assertEquals(0.0, t.min());
        assertEquals(1.0, t.max());
    }

    @Test
    void reversedBoundsAreSwapped() {
        assertEquals(Ticks.nice(1, 9, 4), Ticks.nice(9, 1, 4));
    }

    @Test
    void ticksAlwaysCoverTheRange() {
        double[][] ranges = {{0.013, 0.087}, {999, 1001}, {-0.5, 0.5}, {1e-6, 3e-6}, {17, 1.9e9}, {3.3, 3.31}};
        for (double[] r : ranges) {
            for (int count = 2; count <= 10; count++) {
                Ticks t = Ticks.nice(r[0], r[1], count);
                assertTrue(t.min() <= r[0] && t.max() >= r[1], () -> java.util.Arrays.toString(r) + " " + t);
                assertTrue(t.values().size() >= 2 && t.values().size() <= 2 * count + 2, t::toString);
            }
        }
    }

    @Test
    void niceNumbers() {
        assertEquals(1.0, Ticks.niceNumber(1.2, true));
        assertEquals(2.0, Ticks.niceNumber(1.8, true));
        assertEquals(2.5, Ticks.niceNumber(3.0, true));
        assertEquals(5.0, Ticks.niceNumber(6, true));
        assertEquals(10.0, Ticks.niceNumber(8, true));
        assertEquals(5.0, Ticks.niceNumber(4.2, false));
    }
}
