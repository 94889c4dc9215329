package org.joinedup.core.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Fingertips benchmark comparers (fingertips-open @6780897, {@code PholioVisualisationWS/Analysis}), as
 * named objects. Each works the result out as if higher were better, then adjusts it for the polarity with
 * {@link BenchmarkResult}'s rules.
 *
 * <p><b>Missing sides.</b> Every comparer gives {@link BenchmarkResult#NOT_COMPARED} when the area's or the
 * benchmark's value is missing, or when an interval the method needs is absent or lacks a limit. This is
 * Fingertips' rule ({@code Significance.None}); FingertipsNext's engine would let a null interval fall through
 * to similar, which is deliberately not followed: a missing interval is never evidence of similarity.
 *
 * <p><b>Boundaries.</b> The interval methods are inclusive (a benchmark exactly on a limit is similar at that
 * level); the SPC methods are strict (a value exactly on a control limit is similar).
 */
public final class BenchmarkComparers {
    /** Fingertips' z for SPC for proportions at 95%: the constant 1.96, not Φ⁻¹(0.975). */
    public static final double SPC_Z_95 = 1.96;

    /** Fingertips' z for SPC for proportions at 99.8%: the constant 3.0902. */
    public static final double SPC_Z_998 = 3.0902;

    /** Method 1 at 95%, Fingertips' default: similar when L95 ≤ benchmark ≤ U95. */
    public static final BenchmarkComparer CI_OVERLAP_95 = new CiOverlapComparer("ci-overlap-95", 0.95);

    /** Method 1 at 99.8%: similar when L99.8 ≤ benchmark ≤ U99.8. */
    public static final BenchmarkComparer CI_OVERLAP_998 = new CiOverlapComparer("ci-overlap-998", 0.998);

    /** Method 17: better and worse at 95% only, best and worst at 99.8%. */
    public static final BenchmarkComparer CI_OVERLAP_95_998 = new TwoLevelCiOverlapComparer();

    /** Method 12: similar when the area's and the benchmark's 95% intervals overlap. */
    public static final BenchmarkComparer DOUBLE_OVERLAP_95 = new DoubleOverlapComparer();

    /** The comparers that need no configuration, in Fingertips' method order. */
    public static final List<BenchmarkComparer> INTERVAL_COMPARERS =
            List.of(CI_OVERLAP_95, CI_OVERLAP_998, CI_OVERLAP_95_998, DOUBLE_OVERLAP_95);

    private BenchmarkComparers() {}

    /**
     * Method 5, SPC for proportions, for values expressed per {@code unit} (100 for percentages, 1 for
     * proportions). The area side needs its denominator ({@link ComparedValue#withDenominator}).
     *
     * @param confidence 0.95 (z = 1.96) or 0.998 (z = 3.0902)
     */
    public static BenchmarkComparer spcForProportions(double unit, double confidence) {
        requireUnit(unit);
        return new SpcProportionsComparer(unit, confidence == 0.95 ? SPC_Z_95 : SPC_Z_998, level(confidence));
    }

    /**
     * Method 6, SPC for directly standardised rates per {@code unit} (e.g. 100000). The area side needs its
     * population ({@link ComparedValue#withDenominator}).
     *
     * @param confidence 0.95 (tail 0.025) or 0.998 (tail 0.001)
     */
    public static BenchmarkComparer spcForDsrs(double unit, double confidence) {
        requireUnit(unit);
        return new SpcDsrComparer(unit, confidence == 0.95 ? 0.025 : 0.001, level(confidence));
    }

    /**
     * A comparer by its name: {@code ci-overlap-95}, {@code ci-overlap-998}, {@code ci-overlap-95-998},
     * {@code double-overlap-95}, {@code spc-proportions-95}, {@code spc-proportions-998}, {@code spc-dsr-95},
     * {@code spc-dsr-998}. The unit is used by the SPC comparers only.
     */
    public static BenchmarkComparer byName(String name, double unit) {
        Objects.requireNonNull(name, "name");
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (BenchmarkComparer comparer : INTERVAL_COMPARERS) {
            if (comparer.name().equals(wanted)) {
                return comparer;
            }
        }
        return switch (wanted) {
            case "spc-proportions-95" -> spcForProportions(unit, 0.95);
            case "spc-proportions-998" -> spcForProportions(unit, 0.998);
            case "spc-dsr-95" -> spcForDsrs(unit, 0.95);
            case "spc-dsr-998" -> spcForDsrs(unit, 0.998);
            default ->
                throw new IllegalArgumentException("unknown benchmark method '" + name
                        + "'; expected ci-overlap-95, ci-overlap-998, ci-overlap-95-998, double-overlap-95,"
                        + " spc-proportions-95, spc-proportions-998, spc-dsr-95 or spc-dsr-998");
        };
    }

    /** Fingertips' {@code GetSignificanceFromSDs}: better if upper &lt; value, worse if lower &gt; value. */
    static BenchmarkResult fromLimits(double value, double lower, double upper) {
        if (upper < value) {
            return BenchmarkResult.BETTER;
        }
        if (lower > value) {
            return BenchmarkResult.WORSE;
        }
        return BenchmarkResult.SIMILAR;
    }

    private static double level(double confidence) {
        if (confidence != 0.95 && confidence != 0.998) {
            throw new IllegalArgumentException("SPC comparisons are made at 0.95 or 0.998, not " + confidence);
        }
        return confidence;
    }

    private static void requireUnit(double unit) {
        if (!(unit > 0) || Double.isInfinite(unit)) {
            throw new IllegalArgumentException("unit must be a finite number greater than 0, not " + unit);
        }
    }
}
