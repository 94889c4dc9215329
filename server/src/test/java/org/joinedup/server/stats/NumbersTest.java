package org.joinedup.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers are written in the fewest digits that read back exactly, never with an exponent. */
class NumbersTest {
    @Test
    void shortestPlainRoundTrip() {
        assertThat(Numbers.format(895.0)).isEqualTo("895");
        assertThat(Numbers.format(0.1)).isEqualTo("0.1");
        assertThat(Numbers.format(1e-7)).isEqualTo("0.0000001");
        assertThat(Numbers.format(1.5e20)).isEqualTo("150000000000000000000");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(2e23)).isEqualTo("200000000000000000000000");
        assertThat(Numbers.format(Double.NaN)).isEmpty();
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(Numbers.format(10430.247991469425)).isEqualTo("10430.247991469425");
    }

    @Test
    void everyFormattedNumberReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // any bit pattern now and then; mostly the magnitudes statistics take
            double x = i % 10 == 0
                    ? Double.longBitsToDouble(random.nextLong())
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 13));
            if (!Double.isFinite(x)) {
                continue;
            }
            String text = Numbers.format(x);
            assertThat(text).doesNotContain("E");
            assertThat(Double.parseDouble(text)).isEqualTo(x == 0 ? 0.0 : x);
        }
    }

    @Test
    void onlyPlainDecimalsAreRead() {
        assertThat(Numbers.parse(" 12 ")).isEqualTo(12.0);
        assertThat(Numbers.parse("1e5")).isEqualTo(100000.0);
        assertThat(Numbers.parse("-.5")).isEqualTo(-0.5);
        assertThat(Numbers.parse("NaN")).isNull();
        assertThat(Numbers.parse("Infinity")).isNull();
        assertThat(Numbers.parse("0x10")).isNull();
        assertThat(Numbers.parse("5d")).isNull();
        assertThat(Numbers.parse("1,000")).isNull();
    }
}
