package org.joinedup.core.benchmark;

import java.util.Objects;
import java.util.Optional;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.ConfidenceInterval;

/**
 * Method 12, double overlapping confidence intervals (fingertips-open {@code DoubleOverlappingCIsComparer}):
 * similar when the two 95% intervals overlap, that is when the lower limit of the higher value is at or below
 * the upper limit of the lower value (when the values are equal, the benchmark counts as the higher);
 * otherwise worse when the area's value is below the benchmark's, else better. Both sides need a complete
 * 95% interval, or the result is not compared.
 */
final class DoubleOverlapComparer implements BenchmarkComparer {
    @Override
    public String name() {
        return "double-overlap-95";
    }

    @Override
    public BenchmarkMethod method() {
        return BenchmarkMethod.DOUBLE_OVERLAPPING_CIS;
    }

    @Override
    public Comparison compare(ComparedValue area, ComparedValue benchmark, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        Optional<ConfidenceInterval> a = area.completeInterval(0.95);
        Optional<ConfidenceInterval> b = benchmark.completeInterval(0.95);
        if (area.isMissing() || benchmark.isMissing() || a.isEmpty() || b.isEmpty()) {
            return new Comparison(BenchmarkResult.NOT_COMPARED, method(), 0.95);
        }
        double value = area.value().getAsDouble();
        double reference = benchmark.value().getAsDouble();
        boolean overlap = reference < value
                ? a.get().lower().getAsDouble() <= b.get().upper().getAsDouble()
                : b.get().lower().getAsDouble() <= a.get().upper().getAsDouble();
        BenchmarkResult raw;
        if (overlap) {
            raw = BenchmarkResult.SIMILAR;
        } else {
            raw = value < reference ? BenchmarkResult.WORSE : BenchmarkResult.BETTER;
        }
        return new Comparison(BenchmarkResult.forPolarity(raw, polarity), method(), 0.95);
    }
}
