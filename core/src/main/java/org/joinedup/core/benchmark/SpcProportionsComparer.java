package org.joinedup.core.benchmark;

import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;

/**
 * Method 5, SPC for proportions (fingertips-open {@code SpcForProportionsComparer}). With P₀ = benchmark/unit,
 * N the area's denominator and E = N·P₀, the control limits are the Wilson score interval of E events out of N:
 * <pre>  L, U = (2E + z² ∓ z·√(z² + 4E(1 − E/N))) / (2(N + z²))</pre>
 * The area is better when value/unit &gt; U and worse when value/unit &lt; L (strict), else similar.
 *
 * <p>Not compared: either value missing, no denominator, or a denominator ≤ 0 (Fingertips' invalid
 * denominator), and a benchmark outside [0, unit], where the limits do not exist (Fingertips takes the
 * square root of a negative number there and falls through to similar).
 */
final class SpcProportionsComparer implements BenchmarkComparer {
    private final double unit;
    private final double z;
    private final double level;

    SpcProportionsComparer(double unit, double z, double level) {
        this.unit = unit;
        this.z = z;
        this.level = level;
    }

    @Override
    public String name() {
        return "spc-proportions-" + (level == 0.95 ? "95" : "998");
    }

    @Override
    public BenchmarkMethod method() {
        return BenchmarkMethod.SPC_FOR_PROPORTIONS;
    }

    @Override
    public Comparison compare(ComparedValue area, ComparedValue benchmark, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        if (area.isMissing() || benchmark.isMissing() || area.denominator().isEmpty()) {
            return notCompared();
        }
        double n = area.denominator().getAsDouble();
        double p0 = benchmark.value().getAsDouble() / unit;
        if (!(n > 0) || p0 < 0 || p0 > 1) {
            return notCompared();
        }
        double p = area.value().getAsDouble() / unit;
        double e = n * p0;
        double z2 = z * z;
        double b = z * Math.sqrt(z2 + 4 * e * (1 - e / n));
        double a = 2 * e + z2;
        double c = 2 * (n + z2);
        double lower = (a - b) / c;
        double upper = (a + b) / c;
        return new Comparison(
                BenchmarkResult.forPolarity(BenchmarkComparers.fromLimits(p, lower, upper), polarity), method(), level);
    }

    private Comparison notCompared() {
        return new Comparison(BenchmarkResult.NOT_COMPARED, method(), level);
    }
}
