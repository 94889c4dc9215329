package org.joinedup.core.assessment;

import java.util.Objects;
import org.joinedup.core.catalogue.CiMethod;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.core.spc.ImprovementDirection;

/**
 * What the assessment needs of a metric: its definition (value type, multiplier, polarity, CI method,
 * source type), the lag that sets the due date, and the target the assurance icon is read against (NaN
 * when there is none: no plan or standard gives one).
 */
public final class MetricSpec {
    private final MetricDefinition definition;
    private final double target;
    private final int lagDays;
    private final ImprovementDirection direction;
    private final Intervals intervals;

    /** Which intervals the metric gets. */
    public enum Intervals {
        /** Wilson score limits of numerator over denominator, times the multiplier. */
        WILSON,
        /** Poisson limits of the numerator (exact below 10, Byar's from 10), over the denominator, times the multiplier. */
        POISSON,
        NONE
    }

    private MetricSpec(MetricDefinition definition, double target, int lagDays) {
        this.definition = Objects.requireNonNull(definition, "definition");
        if (!Double.isNaN(target) && !Double.isFinite(target)) {
            throw new IllegalArgumentException(definition.id() + ": target " + target + " must be finite or NaN");
        }
        this.target = target;
        this.lagDays = lagDays;
        this.direction = switch (definition.polarity()) {
            case HIGHER_IS_BETTER -> ImprovementDirection.INCREASE;
            case LOWER_IS_BETTER -> ImprovementDirection.DECREASE;
            case NO_JUDGEMENT -> ImprovementDirection.NEUTRAL;
        };
        this.intervals = intervalsOf(definition.ciMethod());
    }

    /** The metric with no target; the lag is the definition's, else the configuration's default for its frequency. */
    public static MetricSpec of(MetricDefinition definition, KiteMarkConfig config) {
        return of(definition, Double.NaN, config);
    }

    /** The metric with a target from a plan or standard (NaN for none). */
    public static MetricSpec of(MetricDefinition definition, double target, KiteMarkConfig config) {
        int lag = definition.lagDays() != null ? definition.lagDays() : config.defaultLagDays(definition.frequency());
        return new MetricSpec(definition, target, lag);
    }

    private static Intervals intervalsOf(CiMethod method) {
        return switch (method) {
            case WILSON -> Intervals.WILSON;
            case BYARS, POISSON_EXACT -> Intervals.POISSON;
            case DOBSON, STUDENT_T, NONE -> Intervals.NONE;
        };
    }

    public MetricDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    public ValueType valueType() {
        return definition.valueType();
    }

    public double multiplier() {
        return definition.multiplier();
    }

    public Polarity polarity() {
        return definition.polarity();
    }

    public ImprovementDirection direction() {
        return direction;
    }

    public Intervals intervals() {
        return intervals;
    }

    /** The target, NaN when none. */
    public double target() {
        return target;
    }

    public boolean hasTarget() {
        return !Double.isNaN(target);
    }

    public int lagDays() {
        return lagDays;
    }

    /** The value of a numerator and denominator as {@link org.joinedup.core.observation.ValueCalculator}; NaN when it cannot be made. */
    double valueOf(double numerator, double denominator) {
        if (Double.isNaN(numerator)) {
            return Double.NaN;
        }
        ValueType type = definition.valueType();
        if (type == ValueType.COUNT) {
            return numerator;
        }
        if (Double.isNaN(denominator) || denominator == 0) {
            return Double.NaN;
        }
        double ratio = numerator / denominator;
        return type == ValueType.MEAN || type == ValueType.DAYS_PER_DAY ? ratio : ratio * definition.multiplier();
    }

    @Override
    public String toString() {
        return definition.id() + " v" + definition.version();
    }
}
