package org.joinedup.core.benchmark;

import java.util.Objects;
import java.util.Optional;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.ConfidenceInterval;

/**
 * Method 17, the reference value against the 95% and 99.8% intervals (fingertips-open
 * {@code SingleOverlappingCIsForTwoCILevelsComparer}). Checked in this order, all bounds inclusive:
 * <ol>
 *   <li>similar if L95 ≤ benchmark ≤ U95;
 *   <li>better (higher at 95% only) if L99.8 ≤ benchmark ≤ L95;
 *   <li>worse if U95 ≤ benchmark ≤ U99.8;
 *   <li>otherwise worst if the value is below the benchmark, else best.
 * </ol>
 * Both intervals must be complete, or the result is not compared.
 */
final class TwoLevelCiOverlapComparer implements BenchmarkComparer {
    @Override
    public String name() {
        return "ci-overlap-95-998";
    }

    @Override
    public BenchmarkMethod method() {
        return BenchmarkMethod.CI_OVERLAPPING_REFERENCE_TWO_LEVELS;
    }

    @Override
    public Comparison compare(ComparedValue area, ComparedValue benchmark, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        Optional<ConfidenceInterval> ci95 = area.completeInterval(0.95);
        Optional<ConfidenceInterval> ci998 = area.completeInterval(0.998);
        if (area.isMissing() || benchmark.isMissing() || ci95.isEmpty() || ci998.isEmpty()) {
            return new Comparison(BenchmarkResult.NOT_COMPARED, method(), 0.95);
        }
        double value = area.value().getAsDouble();
        double b = benchmark.value().getAsDouble();
        double l95 = ci95.get().lower().getAsDouble();
        double u95 = ci95.get().upper().getAsDouble();
        double l998 = ci998.get().lower().getAsDouble();
        double u998 = ci998.get().upper().getAsDouble();
        BenchmarkResult raw;
        double level = 0.95;
        if (l95 <= b && b <= u95) {
            raw = BenchmarkResult.SIMILAR;
        } else if (l998 <= b && b <= l95) {
            raw = BenchmarkResult.BETTER;
        } else if (u95 <= b && b <= u998) {
            raw = BenchmarkResult.WORSE;
        } else {
            raw = value < b ? BenchmarkResult.WORST : BenchmarkResult.BEST;
            level = 0.998;
        }
        return new Comparison(BenchmarkResult.forPolarity(raw, polarity), method(), level);
    }
}
