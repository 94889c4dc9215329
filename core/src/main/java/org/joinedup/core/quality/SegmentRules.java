package org.joinedup.core.quality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.SourceType;

/** The segment rules, one per {@link Dimension}. */
public final class SegmentRules {
    /** XmR limits sit this many mean moving ranges from the mean (Making Data Count). */
    static final double XMR_FACTOR = 2.66;
    /** Scales the median absolute deviation to a standard deviation for normal data (Iglewicz and Hoaglin). */
    static final double MAD_SCALE = 0.6745;

    public static final SegmentRule TIMELINESS = rule(Dimension.TIMELINESS, SegmentRules::timeliness);
    public static final SegmentRule COMPLETENESS = rule(Dimension.COMPLETENESS, SegmentRules::completeness);
    public static final SegmentRule VALIDITY = rule(Dimension.VALIDITY, SegmentRules::validity);
    public static final SegmentRule CONSISTENCY = rule(Dimension.CONSISTENCY, SegmentRules::consistency);
    public static final SegmentRule SOURCE = rule(Dimension.SOURCE, SegmentRules::source);
    public static final SegmentRule SIGN_OFF = rule(Dimension.SIGN_OFF, SegmentRules::signOff);

    private SegmentRules() {}

    /** The rule for a dimension. */
    public static SegmentRule of(Dimension d) {
        return switch (d) {
            case TIMELINESS -> TIMELINESS;
            case COMPLETENESS -> COMPLETENESS;
            case VALIDITY -> VALIDITY;
            case CONSISTENCY -> CONSISTENCY;
            case SOURCE -> SOURCE;
            case SIGN_OFF -> SIGN_OFF;
        };
    }

    private interface Rater {
        Segment rate(KiteMarkFacts facts, KiteMarkConfig config);
    }

    private static SegmentRule rule(Dimension d, Rater rater) {
        return new SegmentRule() {
            @Override
            public Dimension dimension() {
                return d;
            }

            @Override
            public Segment rate(KiteMarkFacts facts, KiteMarkConfig config) {
                return rater.rate(facts, config);
            }

            @Override
            public String toString() {
                return d.label();
            }
        };
    }

    /** The day a figure for the period is due: the period's last day plus the metric's lag. */
    public static LocalDate dueDate(KiteMarkFacts facts, KiteMarkConfig config) {
        return facts.period().end().plusDays(lagDays(facts.metric(), config));
    }

    private static int lagDays(MetricDefinition metric, KiteMarkConfig config) {
        return metric.lagDays() != null ? metric.lagDays() : config.defaultLagDays(metric.frequency());
    }

    /**
     * GOOD when received by the due date; CAUTION when up to {@code lateDaysForCaution} days late; POOR
     * when later, or when not received and already overdue by more than that; CAUTION when not received
     * and overdue by less; NOT_ASSESSED when not received and not yet due.
     */
    static Segment timeliness(KiteMarkFacts facts, KiteMarkConfig config) {
        Dimension d = Dimension.TIMELINESS;
        LocalDate due = dueDate(facts, config);
        String basis = facts.metric().lagDays() != null
                ? "period end + " + facts.metric().lagDays() + " days lag"
                : "period end + " + lagDays(facts.metric(), config) + " days, the default for "
                        + facts.metric().frequency().name().toLowerCase(Locale.ROOT) + " data";
        if (facts.receivedOn() == null) {
            long overdue = ChronoUnit.DAYS.between(due, facts.asAt());
            if (overdue <= 0) {
                return Segment.notAssessed(d, "not yet received and not yet due (due " + due + ", " + basis + ")");
            }
            Rating r = overdue <= config.lateDaysForCaution() ? Rating.CAUTION : Rating.POOR;
            return new Segment(d, r, "not received, " + days(overdue) + " overdue (due " + due + ", " + basis + ")");
        }
        long late = ChronoUnit.DAYS.between(due, facts.receivedOn());
        if (late <= 0) {
            String when = late == 0 ? "on the due date" : days(-late) + " before the due date";
            return new Segment(d, Rating.GOOD, "received " + when + " " + due + " (" + basis + ")");
        }
        Rating r = late <= config.lateDaysForCaution() ? Rating.CAUTION : Rating.POOR;
        return new Segment(d, r, "received " + days(late) + " late (due " + due + ", " + basis + ")");
    }

    /**
     * Share of the expected areas and breakdowns received: GOOD from {@code completenessGood}, CAUTION
     * from {@code completenessCaution}, POOR below; NOT_ASSESSED without coverage or with nothing
     * expected.
     */
    static Segment completeness(KiteMarkFacts facts, KiteMarkConfig config) {
        Dimension d = Dimension.COMPLETENESS;
        Coverage c = facts.coverage();
        if (c == null) {
            return Segment.notAssessed(d, "no record of the expected areas and breakdowns");
        }
        if (c.expected().isEmpty()) {
            return Segment.notAssessed(d, "nothing was expected for this period");
        }
        double share = c.share();
        Rating r = share >= config.completenessGood()
                ? Rating.GOOD
                : share >= config.completenessCaution() ? Rating.CAUTION : Rating.POOR;
        StringBuilder reason = new StringBuilder()
                .append(c.present())
                .append(" of ")
                .append(c.expected().size())
                .append(" expected areas and breakdowns received (")
                .append(percent(share))
                .append(")");
        int missing = c.expected().size() - c.present();
        if (missing > 0) {
            reason.append(", ").append(missing).append(" missing");
        }
        if (c.unexpected() > 0) {
            reason.append(", ").append(c.unexpected()).append(" not expected");
        }
        return new Segment(d, r, reason.toString());
    }

    /** POOR with any validation error; CAUTION with more than {@code warningsForGood} warnings; else GOOD. */
    static Segment validity(KiteMarkFacts facts, KiteMarkConfig config) {
        Dimension d = Dimension.VALIDITY;
        Validation v = facts.validation();
        if (v == null) {
            return Segment.notAssessed(d, "no validation recorded");
        }
        if (!v.isPassed()) {
            return new Segment(
                    d,
                    Rating.POOR,
                    "failed validation: " + count(v.errors(), "error") + ", " + count(v.warnings(), "warning"));
        }
        if (v.warnings() > config.warningsForGood()) {
            return new Segment(d, Rating.CAUTION, "passed validation with " + count(v.warnings(), "warning"));
        }
        return new Segment(
                d,
                Rating.GOOD,
                v.warnings() == 0
                        ? "passed validation with no warnings"
                        : "passed validation with " + count(v.warnings(), "warning"));
    }

    /**
     * The worse of two checks, each skipped when it cannot be made: an outlier against the earlier
     * points (CAUTION, as an unusual value may well be real) and the size of the latest revision
     * (CAUTION above {@code revisionCaution}, POOR above {@code revisionPoor}).
     */
    static Segment consistency(KiteMarkFacts facts, KiteMarkConfig config) {
        Dimension d = Dimension.CONSISTENCY;
        History h = facts.history();
        if (h == null) {
            return Segment.notAssessed(d, "no history of the series recorded");
        }
        Check outlier = outlier(h, config);
        Check revision = revision(h, config);
        Rating r = outlier.rating().worse(revision.rating());
        return new Segment(d, r, outlier.reason() + "; " + revision.reason());
    }

    record Check(Rating rating, String reason) {}

    static Check outlier(History h, KiteMarkConfig config) {
        List<Double> earlier = h.earlier();
        if (earlier.size() < config.minimumHistory()) {
            return new Check(
                    Rating.NOT_ASSESSED,
                    "too short a history to judge outliers (" + earlier.size() + " earlier points, "
                            + config.minimumHistory() + " needed)");
        }
        List<Double> base = earlier.subList(Math.max(0, earlier.size() - config.historyWindow()), earlier.size());
        double x = h.latest();
        String n = base.size() + " earlier points";
        if (config.outlierMethod() == OutlierMethod.XMR) {
            double mean =
                    base.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double mr = 0;
            for (int i = 1; i < base.size(); i++) {
                mr += Math.abs(base.get(i) - base.get(i - 1));
            }
            mr /= base.size() - 1;
            double lower = mean - XMR_FACTOR * mr;
            double upper = mean + XMR_FACTOR * mr;
            if (mr == 0) {
                return flat(x, mean, n);
            }
            if (x > upper || x < lower) {
                return new Check(
                        Rating.CAUTION,
                        "value " + num(x) + " is outside the limits " + num(lower) + " to " + num(upper) + " from the "
                                + n + " (XmR)");
            }
            return new Check(
                    Rating.GOOD,
                    "value " + num(x) + " is within the limits " + num(lower) + " to " + num(upper) + " from the " + n
                            + " (XmR)");
        }
        double median = median(base);
        List<Double> deviations = new ArrayList<>();
        for (double v : base) {
            deviations.add(Math.abs(v - median));
        }
        double mad = median(deviations);
        if (mad == 0) {
            return flat(x, median, n);
        }
        double z = MAD_SCALE * (x - median) / mad;
        if (Math.abs(z) > config.robustZLimit()) {
            return new Check(
                    Rating.CAUTION,
                    "value " + num(x) + " has a robust z-score of " + num(z) + " against the median " + num(median)
                            + " of the " + n + ", beyond " + num(config.robustZLimit()));
        }
        return new Check(
                Rating.GOOD,
                "value " + num(x) + " has a robust z-score of " + num(z) + " against the median " + num(median)
                        + " of the " + n);
    }

    private static Check flat(double x, double centre, String n) {
        return x == centre
                ? new Check(Rating.GOOD, "value " + num(x) + " equals each of the " + n)
                : new Check(
                        Rating.CAUTION,
                        "value " + num(x) + " differs from the " + n + ", which were all " + num(centre));
    }

    static Check revision(History h, KiteMarkConfig config) {
        Double before = h.previouslyPublished();
        if (before == null) {
            return new Check(Rating.NOT_ASSESSED, "not revised");
        }
        double change = relativeChange(before, h.latest());
        if (change == 0) {
            return new Check(Rating.GOOD, "revised without change");
        }
        String what = "revised from " + num(before) + " to " + num(h.latest()) + " ("
                + (Double.isInfinite(change) ? "from zero" : percent(change)) + " change)";
        if (change > config.revisionPoor()) {
            return new Check(Rating.POOR, what + ", more than " + percent(config.revisionPoor()));
        }
        if (change > config.revisionCaution()) {
            return new Check(Rating.CAUTION, what + ", more than " + percent(config.revisionCaution()));
        }
        return new Check(Rating.GOOD, what);
    }

    /** |after - before| / |before|; infinite when before is zero and after is not, 0 when both are zero. */
    static double relativeChange(double before, double after) {
        if (before == after) {
            return 0;
        }
        if (before == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(after - before) / Math.abs(before);
    }

    /** The rating the configuration gives the metric's source type. */
    static Segment source(KiteMarkFacts facts, KiteMarkConfig config) {
        SourceType t = facts.metric().sourceType();
        String what = switch (t) {
            case OFFICIAL_STATISTICS -> "official statistics";
            case MANAGEMENT_INFORMATION -> "management information";
            case LOCAL -> "local data, not validated nationally";
        };
        String source =
                facts.metric().source().isBlank() ? "" : " (" + facts.metric().source() + ")";
        return new Segment(Dimension.SOURCE, config.sourceRating(t), what + source);
    }

    /** SIGNED_OFF is GOOD, AWAITING CAUTION, REFUSED POOR; NOT_ASSESSED while no sign-off is in place. */
    static Segment signOff(KiteMarkFacts facts, KiteMarkConfig config) {
        Dimension d = Dimension.SIGN_OFF;
        if (facts.signOff() == null) {
            return Segment.notAssessed(d, "not assessed until sign-off is in place");
        }
        return switch (facts.signOff()) {
            case SIGNED_OFF -> new Segment(d, Rating.GOOD, "signed off");
            case AWAITING -> new Segment(d, Rating.CAUTION, "awaiting sign-off");
            case REFUSED -> new Segment(d, Rating.POOR, "sign-off refused");
        };
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    private static String days(long n) {
        return count(n, "day");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
