package org.joinedup.core.benchmark;

import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;

/**
 * Method 6, SPC for directly standardised rates (fingertips-open {@code SpcForDsrComparer}). With D the area's
 * population (Fingertips' {@code Denominator2}) and E = benchmark·D/unit the expected events, the control
 * limits are PoisLow(E, p)/D·unit and PoisHigh(E, p)/D·unit ({@link PoissonBisection}), p = 0.025 for 95% and
 * 0.001 for 99.8%. The area's value (a rate per unit, not divided by the unit) is better when above the upper
 * limit and worse when below the lower limit (strict), else similar.
 *
 * <p>Not compared: either value missing, no population, a population ≤ 0, or a negative benchmark.
 */
final class SpcDsrComparer implements BenchmarkComparer {
    private final double unit;
    private final double tail;
    private final double level;

    SpcDsrComparer(double unit, double tail, double level) {
        this.unit = unit;
        this.tail = tail;
        this.level = level;
    }

    @Override
    public String name() {
        return "spc-dsr-" + (level == 0.95 ? "95" : "998");
    }

    @Override
    public BenchmarkMethod method() {
        return BenchmarkMethod.SPC_FOR_DSRS;
    }

    @Override
    public Comparison compare(ComparedValue area, ComparedValue benchmark, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        if (area.isMissing() || benchmark.isMissing() || area.denominator().isEmpty()) {
            return notCompared();
        }
        double population = area.denominator().getAsDouble();
        double reference = benchmark.value().getAsDouble();
        if (!(population > 0) || reference < 0) {
            return notCompared();
        }
        double expected = reference * (population / unit);
        double lower = PoissonBisection.low(expected, tail) / population * unit;
        double upper = PoissonBisection.high(expected, tail) / population * unit;
        return new Comparison(
                BenchmarkResult.forPolarity(
                        BenchmarkComparers.fromLimits(area.value().getAsDouble(), lower, upper), polarity),
                method(),
                level);
    }

    private Comparison notCompared() {
        return new Comparison(BenchmarkResult.NOT_COMPARED, method(), level);
    }
}
