package org.joinedup.core.disclosure;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joinedup.core.disclosure.CountTable.Cell;

/**
 * Applies {@link DisclosureRules} to counts, tables of counts and the statistics made from them.
 * Counts are whole numbers of people or events; figures that are not about individuals go through
 * {@link Disclosed#notControlled}.
 */
public final class DisclosureControl {
    private final DisclosureRules rules;

    /** Control under the rules, which must be sealed. */
    public DisclosureControl(DisclosureRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (!rules.isSealed()) {
            throw new IllegalArgumentException("seal() the disclosure rules before use");
        }
        this.rules = rules;
    }

    /** Control under {@link DisclosureRules#DEFAULT}, the NHS Digital method since 2018. */
    public static DisclosureControl withDefaults() {
        return new DisclosureControl(DisclosureRules.DEFAULT);
    }

    public DisclosureRules rules() {
        return rules;
    }

    /**
     * One count on its own (no published total it belongs to): national counts exempt when the rules
     * say so; zero kept (or suppressed if the rules do not keep it); 1 to {@code suppressUpTo}
     * suppressed; larger counts rounded to the nearest {@code roundingBase}, halves up.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public Disclosed count(long count, Level level) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative, not " + count);
        }
        Objects.requireNonNull(level, "level");
        if (level == Level.NATIONAL && rules.nationalExempt()) {
            return new Disclosed((double) count, Marker.EXEMPT, "national figure: no disclosure control");
        }
        if (count == 0 && rules.keepZero()) {
            return new Disclosed(0.0, Marker.UNCHANGED, "");
        }
        if (count <= rules.suppressUpTo()) {
            return new Disclosed(null, Marker.SUPPRESSED_SMALL, rules.smallNote());
        }
        if (rules.roundingBase() == 1) {
            return new Disclosed((double) count, Marker.UNCHANGED, "");
        }
        return new Disclosed(
                (double) DisclosureRules.round(count, rules.roundingBase()),
                Marker.ROUNDED,
                "rounded to the nearest " + rules.roundingBase());
    }

    /**
     * Every cell of the table controlled as a {@link #count}, then, when the rules ask for it,
     * secondary suppression (see {@link SecondarySuppression}) so that no suppressed cell can be
     * worked out from the sums and the published cells.
     */
    public DisclosedTable table(CountTable table) {
        Map<String, Disclosed> out = new LinkedHashMap<>();
        Set<String> primary = new HashSet<>();
        for (Cell c : table.cells()) {
            Disclosed d = count(c.count(), c.level());
            out.put(c.id(), d);
            if (d.isHidden()) {
                primary.add(c.id());
            }
        }
        if (rules.secondarySuppression()) {
            for (String id : SecondarySuppression.extend(table, primary)) {
                if (!primary.contains(id)) {
                    out.put(
                            id,
                            new Disclosed(
                                    null,
                                    Marker.SUPPRESSED_SECONDARY,
                                    "suppressed so that a small number cannot be worked out from the totals"));
                }
            }
        }
        return new DisclosedTable(out);
    }

    /**
     * A rate, percentage or ratio: numerator / denominator × multiplier, given both figures before
     * control and as published. Suppressed when either published figure is hidden; not calculated when
     * the denominator is zero; otherwise calculated from the published (rounded) figures when {@code
     * ratesFromRounded}, else from the figures before control.
     */
    public Disclosed rate(
            double numerator,
            Disclosed shownNumerator,
            double denominator,
            Disclosed shownDenominator,
            double multiplier) {
        Objects.requireNonNull(shownNumerator, "shownNumerator");
        Objects.requireNonNull(shownDenominator, "shownDenominator");
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("the multiplier must be a positive number, not " + multiplier);
        }
        if (shownNumerator.isHidden() || shownDenominator.isHidden()) {
            return new Disclosed(null, Marker.SUPPRESSED_DERIVED, "suppressed: calculated from a suppressed count");
        }
        boolean fromRounded = rules.ratesFromRounded();
        double num = fromRounded ? shownNumerator.value() : numerator;
        double den = fromRounded ? shownDenominator.value() : denominator;
        if (den == 0) {
            return new Disclosed(null, Marker.NOT_CALCULATED, "not calculated: the denominator is zero");
        }
        double value = num / den * multiplier;
        boolean rounded = fromRounded
                && (shownNumerator.marker() == Marker.ROUNDED || shownDenominator.marker() == Marker.ROUNDED);
        if (rounded) {
            return new Disclosed(value, Marker.ROUNDED, "calculated from rounded counts");
        }
        if (shownNumerator.marker() == Marker.EXEMPT && shownDenominator.marker() == Marker.EXEMPT) {
            return new Disclosed(value, Marker.EXEMPT, shownNumerator.note());
        }
        return new Disclosed(value, Marker.UNCHANGED, "");
    }

    /** A rate of two counts at one level, each controlled as a lone {@link #count} first. */
    public Disclosed rate(long numerator, long denominator, double multiplier, Level level) {
        return rate(numerator, count(numerator, level), denominator, count(denominator, level), multiplier);
    }

    /**
     * A mean or median over {@code n} records: not calculated below the national level when n is 1 to
     * {@code suppressUpTo} (or 0); otherwise published as it is.
     */
    public Disclosed mean(double value, long n, Level level) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of records cannot be negative, not " + n);
        }
        if (level == Level.NATIONAL && rules.nationalExempt()) {
            return n == 0
                    ? new Disclosed(null, Marker.NOT_CALCULATED, "not calculated: no records")
                    : new Disclosed(value, Marker.EXEMPT, "national figure: no disclosure control");
        }
        if (n == 0) {
            return new Disclosed(null, Marker.NOT_CALCULATED, "not calculated: no records");
        }
        if (n <= rules.suppressUpTo()) {
            return new Disclosed(
                    null,
                    Marker.NOT_CALCULATED,
                    "not calculated: fewer than " + (rules.suppressUpTo() + 1) + " records");
        }
        return new Disclosed(value, Marker.UNCHANGED, "");
    }

    /**
     * Any other statistic calculated from counts (a crude rate's confidence limit, a difference of two
     * counts): suppressed when any count it rests on is hidden, else published as it is. Limits of a
     * crude rate or proportion belong here, not in {@link #complex}: they can be turned back into the
     * count.
     */
    public Disclosed derived(double value, Disclosed... basedOn) {
        for (Disclosed b : basedOn) {
            if (b.isHidden()) {
                return new Disclosed(null, Marker.SUPPRESSED_DERIVED, "suppressed: calculated from a suppressed count");
            }
        }
        return new Disclosed(value, Marker.UNCHANGED, "");
    }

    /**
     * A complex statistic (a directly or indirectly standardised rate, its confidence limits, a
     * modelled figure): exempt when {@code complexStatisticsExempt}, as the 2018 method says; otherwise
     * treated as {@link #derived}.
     */
    public Disclosed complex(double value, Disclosed... basedOn) {
        if (rules.complexStatisticsExempt()) {
            return new Disclosed(value, Marker.EXEMPT, "complex statistic: no further disclosure control");
        }
        return derived(value, basedOn);
    }
}
