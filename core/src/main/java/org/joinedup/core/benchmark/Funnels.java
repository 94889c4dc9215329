package org.joinedup.core.benchmark;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joinedup.core.indicator.ByarsLimits;
import org.joinedup.core.indicator.ExactPoissonLimits;

/**
 * Funnel plots as PHEindicatormethods ({@code R/Funnels.R}, {@code R/utils.R}; the PHE funnel-plot Excel macro)
 * draws them, and the chi-square limits around an expected count of FunnelPlotR.
 *
 * <p><b>Proportions.</b> The baseline is p̄ = Σx/Σn. At each population N of the grid the limits are the
 * observed proportions whose Wilson interval just reaches p̄, z = Φ⁻¹(0.975) (95%) or Φ⁻¹(0.999) (99.8%):
 * p̄ ∓ z·√(p̄(1 − p̄)/N), which is what {@code sigma_adjustment}'s closed form evaluates to; limits are clamped to [0, 100] (also when the multiplier is 1, as
 * in R). Significance compares x/n with the unclamped limits, strictly, in the order Low (0.001), Low (0.025),
 * High (0.001), High (0.025).
 *
 * <p><b>Ratios O/E.</b> Over a grid of observed counts O, lower = O/λ_high(O, p) and upper = O/λ_low(O, p) with
 * the exact Poisson bisection ({@link PoissonBisection}), p = 0.025 and 0.001; then −1 ({@link RatioType#COUNT})
 * or ×100 ({@link RatioType#ISR}). Significance compares 1 with the exact chi-square limits of O / E when O &lt;
 * 10 and Byar's when O ≥ 10 (lower limit 0 when O = 0), in the order High (0.001), High (0.025), Low (0.001),
 * Low (0.025).
 *
 * <p><b>Rates.</b> As ratios, scaled by the average rate av = ΣO/Σpopulation: over a grid of events e, lower =
 * e·av/λ_high(e, p) × multiplier, and the population at which each line passes is λ/av/years. For a DSR the
 * population is derived as multiplier·O/rate and a row with no events is left out of the average; a DSR on
 * fewer than 10 events is "Not applicable for events less than 10 for dsrs".
 *
 * <p><b>Grid.</b> 100 points: see {@link FunnelAxis}; axis minimum 0 when the largest denominator is over twice
 * the smallest, else signif.floor(min); axis maximum signif.ceiling(max) (for rates, of the populations per year,
 * then times years and the average rate, floored and ceiled to events).
 *
 * <p>Inputs are checked as PHEindicatormethods does: numerators ≥ 0, denominators &gt; 0, and x ≤ n for
 * proportions; empty inputs, NaN and infinities are rejected. No result holds NaN.
 */
public final class Funnels {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Funnels() {}

    // ---------------------------------------------------------------------------------------------- proportions

    /** The 100 grid rows of proportion funnel limits, as {@code phe_funnels(statistic = "proportion")}. */
    public static FunnelTable proportions(List<Count> data, double multiplier) {
        checkProportions(data);
        requirePositive(multiplier, "multiplier");
        double x = 0;
        double n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Count c : data) {
            x += c.numerator();
            n += c.denominator();
            min = Math.min(min, c.denominator());
            max = Math.max(max, c.denominator());
        }
        double average = x / n;
        double[] grid = FunnelAxis.grid(FunnelAxis.minimum(min, max), FunnelAxis.signifCeiling(max), false);
        List<FunnelLimits> rows = new ArrayList<>();
        for (double population : grid) {
            rows.add(new FunnelLimits(
                    population,
                    Math.max(0, sigmaAdjustment(0.999, population, average, false, multiplier)),
                    Math.max(0, sigmaAdjustment(0.975, population, average, false, multiplier)),
                    Math.min(100, sigmaAdjustment(0.975, population, average, true, multiplier)),
                    Math.min(100, sigmaAdjustment(0.999, population, average, true, multiplier))));
        }
        return new FunnelTable("proportion", average * multiplier, rows, List.of());
    }

    /** Each area's significance on a proportion funnel, as {@code phe_funnel_significance}, in input order. */
    public static List<FunnelPoint> proportionSignificance(List<Count> data) {
        checkProportions(data);
        double x = 0;
        double n = 0;
        for (Count c : data) {
            x += c.numerator();
            n += c.denominator();
        }
        double average = x / n;
        List<FunnelPoint> out = new ArrayList<>();
        for (Count c : data) {
            double p = c.numerator() / c.denominator();
            double population = c.denominator();
            FunnelSignificance s;
            if (p < sigmaAdjustment(0.999, population, average, false, 1)) {
                s = FunnelSignificance.LOW_001;
            } else if (p < sigmaAdjustment(0.975, population, average, false, 1)) {
                s = FunnelSignificance.LOW_025;
            } else if (p > sigmaAdjustment(0.999, population, average, true, 1)) {
                s = FunnelSignificance.HIGH_001;
            } else if (p > sigmaAdjustment(0.975, population, average, true, 1)) {
                s = FunnelSignificance.HIGH_025;
            } else {
                s = FunnelSignificance.NOT_SIGNIFICANT;
            }
            out.add(new FunnelPoint(c.numerator(), OptionalDouble.of(population), s));
        }
        return out;
    }

    /**
     * The funnel limit at population N: the proportion (× multiplier) whose Wilson interval at z = Φ⁻¹(p) has
     * the average as its upper limit ({@code high} false) or its lower limit ({@code high} true). Not clamped.
     *
     * <p>PHEindicatormethods' {@code sigma_adjustment} solves the Wilson quadratic for the observed proportion
     * with a long closed form. Holding the Wilson bound at θ = p̄, the score equation (p − θ)² = z²θ(1 − θ)/N
     * gives that closed form's value directly: p = p̄ ∓ z·√(p̄(1 − p̄)/N). That is what is computed: it is the
     * same number, without the cancellation in R's discriminant, which loses about 1e-12 absolute at N near
     * 1e5 with p̄ near 1 (the tests compare both with exact Wilson inversion).
     */
    static double sigmaAdjustment(double p, double population, double average, boolean high, double multiplier) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(p);
        double halfWidth = z * Math.sqrt(average * (1 - average) / population);
        return (high ? average + halfWidth : average - halfWidth) * multiplier;
    }

    // --------------------------------------------------------------------------------------------------- ratios

    /**
     * The 100 grid rows of ratio funnel limits, as {@code phe_funnels(statistic = "ratio")}: x is the observed
     * count; data are observed O and expected E.
     */
    public static FunnelTable ratios(List<Count> data, RatioType type) {
        Objects.requireNonNull(type, "type");
        checkCounts(data);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Count c : data) {
            min = Math.min(min, c.denominator());
            max = Math.max(max, c.denominator());
        }
        double[] grid = FunnelAxis.grid(FunnelAxis.minimum(min, max), FunnelAxis.signifCeiling(max), true);
        List<FunnelLimits> rows = new ArrayList<>();
        for (double o : grid) {
            rows.add(new FunnelLimits(
                    o,
                    scale(o / PoissonBisection.high(o, 0.001), type),
                    scale(o / PoissonBisection.high(o, 0.025), type),
                    scale(o / PoissonBisection.low(o, 0.025), type),
                    scale(o / PoissonBisection.low(o, 0.001), type)));
        }
        return new FunnelTable(
                type == RatioType.ISR ? "ratio (isr)" : "ratio (count)",
                type == RatioType.ISR ? 100 : 0,
                rows,
                List.of());
    }

    private static double scale(double ratio, RatioType type) {
        return type == RatioType.ISR ? ratio * 100 : ratio - 1;
    }

    /** Each area's significance on a ratio funnel (observed O, expected E), in input order. */
    public static List<FunnelPoint> ratioSignificance(List<Count> data) {
        checkCounts(data);
        List<FunnelPoint> out = new ArrayList<>();
        for (Count c : data) {
            out.add(new FunnelPoint(
                    c.numerator(),
                    OptionalDouble.of(c.denominator()),
                    poissonSignificance(c.numerator(), c.denominator(), 1)));
        }
        return out;
    }

    /**
     * PHEindicatormethods' {@code funnel_ratio_significance} at both levels against a target: high when the
     * target is below the lower limit of O/denominator, low when above the upper limit.
     */
    private static FunnelSignificance poissonSignificance(double observed, double denominator, double target) {
        if (target < countLower(observed, 0.998) / denominator) {
            return FunnelSignificance.HIGH_001;
        }
        if (target < countLower(observed, 0.95) / denominator) {
            return FunnelSignificance.HIGH_025;
        }
        if (target > countUpper(observed, 0.998) / denominator) {
            return FunnelSignificance.LOW_001;
        }
        if (target > countUpper(observed, 0.95) / denominator) {
            return FunnelSignificance.LOW_025;
        }
        return FunnelSignificance.NOT_SIGNIFICANT;
    }

    /** Exact chi-square lower limit when O &lt; 10, Byar's when O ≥ 10; 0 when O = 0. */
    private static double countLower(double observed, double confidence) {
        if (observed == 0) {
            return 0;
        }
        if (observed < 10) {
            return ExactPoissonLimits.lower(observed, confidence);
        }
        // a Byar's lower limit is never negative for O ≥ 10 at 99.8%; R would compare a negative number
        return ByarsLimits.lower(observed, confidence).orElse(Double.NEGATIVE_INFINITY);
    }

    private static double countUpper(double observed, double confidence) {
        return observed < 10 ? ExactPoissonLimits.upper(observed, confidence) : ByarsLimits.upper(observed, confidence);
    }

    // ---------------------------------------------------------------------------------------------------- rates

    /**
     * The 100 grid rows of rate funnel limits, as {@code phe_funnels(statistic = "rate")}: x is events, and
     * {@link FunnelTable#populations()} gives the population per year at which each limit passes.
     *
     * @param multiplier the rate's multiplier, e.g. 100000
     * @param yearsOfData how many years the rates cover
     */
    public static FunnelTable rates(List<RateObservation> data, RateType type, double multiplier, double yearsOfData) {
        Objects.requireNonNull(type, "type");
        requirePositive(multiplier, "multiplier");
        requirePositive(yearsOfData, "years of data");
        double[] derived = new double[data.size()];
        for (int i = 0; i < derived.length; i++) {
            RateObservation r = data.get(i);
            if (type == RateType.DSR) {
                derived[i] = r.events() == 0 ? Double.NaN : multiplier * r.events() / r.rate();
            } else {
                derived[i] = r.denominator().isPresent()
                        ? r.denominator().getAsDouble()
                        : multiplier * r.events() / r.rate();
            }
        }
        checkRates(data, type, derived);
        double events = 0;
        double population = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < derived.length; i++) {
            events += data.get(i).events();
            if (!Double.isNaN(derived[i])) {
                population += derived[i];
                min = Math.min(min, derived[i]);
                max = Math.max(max, derived[i]);
            }
        }
        double average = events / population;
        if (!(average > 0)) {
            throw new IllegalArgumentException("a rate funnel needs some events: the average rate is " + average);
        }
        double axisMinimum = max > 2 * min ? 0 : FunnelAxis.signifFloor(min / yearsOfData) * yearsOfData;
        double axisMaximum = FunnelAxis.signifCeiling(max / yearsOfData) * yearsOfData;
        double[] grid = FunnelAxis.grid(Math.floor(axisMinimum * average), Math.ceil(axisMaximum * average), false);
        List<FunnelLimits> rows = new ArrayList<>();
        List<FunnelPopulations> populations = new ArrayList<>();
        for (double e : grid) {
            double l998 = PoissonBisection.high(e, 0.001) / average;
            double l95 = PoissonBisection.high(e, 0.025) / average;
            double u95 = PoissonBisection.low(e, 0.025) / average;
            double u998 = PoissonBisection.low(e, 0.001) / average;
            rows.add(new FunnelLimits(
                    e, e / l998 * multiplier, e / l95 * multiplier, e / u95 * multiplier, e / u998 * multiplier));
            populations.add(new FunnelPopulations(
                    e, l998 / yearsOfData, l95 / yearsOfData, u95 / yearsOfData, u998 / yearsOfData));
        }
        String statistic = "rate (" + (type == RateType.DSR ? "dsr" : "crude") + " per " + bigMark(multiplier) + ")";
        return new FunnelTable(statistic, average * multiplier, rows, populations);
    }

    /**
     * Each area's significance on a rate funnel, as {@code phe_funnel_significance(statistic = "rate")}, in
     * input order. The population of a row is O/rate × multiplier; with no events it is the given denominator
     * for a crude rate (required) and absent for a DSR (the row is then left out of the average and is not
     * applicable).
     */
    public static List<FunnelPoint> rateSignificance(List<RateObservation> data, RateType type, double multiplier) {
        Objects.requireNonNull(type, "type");
        requirePositive(multiplier, "multiplier");
        double[] derived = new double[data.size()];
        for (int i = 0; i < derived.length; i++) {
            RateObservation r = data.get(i);
            if (r.events() != 0) {
                derived[i] = r.events() / r.rate() * multiplier;
            } else if (type == RateType.DSR) {
                derived[i] = Double.NaN;
            } else {
                derived[i] = r.denominator().orElse(Double.NaN);
            }
        }
        checkRates(data, type, derived);
        double events = 0;
        double population = 0;
        for (int i = 0; i < derived.length; i++) {
            events += data.get(i).events();
            if (!Double.isNaN(derived[i])) {
                population += derived[i];
            }
        }
        double average = events / population;
        List<FunnelPoint> out = new ArrayList<>();
        for (int i = 0; i < derived.length; i++) {
            double o = data.get(i).events();
            FunnelSignificance s;
            if (type == RateType.DSR && o < 10) {
                s = FunnelSignificance.NOT_APPLICABLE_DSR;
            } else {
                s = poissonSignificance(o, derived[i], average);
            }
            out.add(new FunnelPoint(
                    o, Double.isNaN(derived[i]) ? OptionalDouble.empty() : OptionalDouble.of(derived[i]), s));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- expected count

    /**
     * FunnelPlotR's unadjusted limits for a standardised ratio around an expected count E (SR funnels,
     * {@code R/calculate_limits.R}): ll = target·χ²_{α/2}(2E)/2/E and ul = target·χ²_{1−α/2}(2E + 2)/2/E at 95%
     * and 99.8%, computed as exact gamma quantiles.
     *
     * @param expected E &gt; 0; need not be whole
     * @param target the centre line, usually 1
     */
    public static FunnelLimits expectedCountLimits(double expected, double target) {
        requirePositive(expected, "expected count");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be a finite number, not " + target);
        }
        return new FunnelLimits(
                expected,
                target * ExactPoissonLimits.lower(expected, 0.998) / expected,
                target * ExactPoissonLimits.lower(expected, 0.95) / expected,
                target * ExactPoissonLimits.upper(expected, 0.95) / expected,
                target * ExactPoissonLimits.upper(expected, 0.998) / expected);
    }

    // ----------------------------------------------------------------------------------------------- validation

    private static void checkCounts(List<Count> data) {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a funnel plot needs at least one area");
        }
        for (Count c : data) {
            if (c.numerator() < 0) {
                throw new IllegalArgumentException(
                        "numerators must be greater than or equal to zero, not " + c.numerator());
            }
            if (!(c.denominator() > 0)) {
                throw new IllegalArgumentException("denominators must be greater than zero, not " + c.denominator());
            }
        }
    }

    private static void checkProportions(List<Count> data) {
        checkCounts(data);
        for (Count c : data) {
            if (c.numerator() > c.denominator()) {
                throw new IllegalArgumentException(
                        "numerators must be less than or equal to denominator for a proportion statistic: "
                                + c.numerator() + " > " + c.denominator());
            }
        }
    }

    private static void checkRates(List<RateObservation> data, RateType type, double[] derived) {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a funnel plot needs at least one area");
        }
        for (int i = 0; i < derived.length; i++) {
            RateObservation r = data.get(i);
            if (r.events() < 0) {
                throw new IllegalArgumentException(
                        "numerators must be greater than or equal to zero, not " + r.events());
            }
            if (r.denominator().isPresent() && !(r.denominator().getAsDouble() > 0)) {
                throw new IllegalArgumentException("denominators must be greater than zero, not "
                        + r.denominator().getAsDouble());
            }
            if (r.events() > 0 && !(r.rate() > 0)) {
                throw new IllegalArgumentException("a rate with events must be greater than zero, not " + r.rate());
            }
            if (type == RateType.CRUDE && Double.isNaN(derived[i])) {
                throw new IllegalArgumentException("for rates, where there are 0 events for a record, the denominator"
                        + " field needs to be provided using the denominator argument");
            }
        }
    }

    private static void requirePositive(double x, String what) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(what + " must be a finite number greater than 0, not " + x);
        }
    }

    /** R's {@code format(x, big.mark = ",", scientific = FALSE)} for the multipliers used. */
    static String bigMark(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return f.format((long) x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
