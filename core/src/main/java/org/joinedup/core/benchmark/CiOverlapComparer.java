package org.joinedup.core.benchmark;

import java.util.Objects;
import java.util.Optional;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.ConfidenceInterval;

/**
 * Method 1, "confidence interval overlapping reference value" (fingertips-open
 * {@code SingleOverlappingCIsForOneCILevelComparer}): similar when L ≤ benchmark ≤ U, both inclusive;
 * otherwise worse when the value is below the benchmark and better when not.
 */
final class CiOverlapComparer implements BenchmarkComparer {
    private final String name;
    private final double level;

    CiOverlapComparer(String name, double level) {
        this.name = name;
        this.level = level;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public BenchmarkMethod method() {
        return BenchmarkMethod.CI_OVERLAPPING_REFERENCE;
    }

    @Override
    public Comparison compare(ComparedValue area, ComparedValue benchmark, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        Optional<ConfidenceInterval> ci = area.completeInterval(level);
        if (area.isMissing() || benchmark.isMissing() || ci.isEmpty()) {
            return new Comparison(BenchmarkResult.NOT_COMPARED, method(), level);
        }
        double value = area.value().getAsDouble();
        double reference = benchmark.value().getAsDouble();
        BenchmarkResult raw;
        if (ci.get().lower().getAsDouble() <= reference
                && reference <= ci.get().upper().getAsDouble()) {
            raw = BenchmarkResult.SIMILAR;
        } else {
            raw = value < reference ? BenchmarkResult.WORSE : BenchmarkResult.BETTER;
        }
        return new Comparison(BenchmarkResult.forPolarity(raw, polarity), method(), level);
    }
}
