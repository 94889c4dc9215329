package org.joinedup.core.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joinedup.core.catalogue.SourceType;
import org.joinedup.core.period.Frequency;

/**
 * Settings of the kite mark: which segments are drawn, in what order, and the thresholds of each.
 * Change a {@link #copy()} of {@link #DEFAULT} with the setters, then {@link #seal()} it: sealing
 * validates every setting (naming each one that is wrong) and freezes the configuration, after which
 * the setters throw. {@link KiteMarks} only takes a sealed configuration. Every default is listed in
 * docs/methods/kite-mark.md.
 */
public final class KiteMarkConfig {
    /** The defaults, sealed. */
    public static final KiteMarkConfig DEFAULT = new KiteMarkConfig().seal();

    private boolean sealed;
    private List<Dimension> segments = List.of(Dimension.values());
    private final EnumMap<Frequency, Integer> defaultLagDays = new EnumMap<>(Map.of(
            Frequency.DAILY, 1,
            Frequency.WEEKLY, 7,
            Frequency.MONTHLY, 31,
            Frequency.QUARTERLY, 92,
            Frequency.ANNUAL, 365));
    private int lateDaysForCaution = 7;
    private double completenessGood = 0.97;
    private double completenessCaution = 0.90;
    private int warningsForGood = 0;
    private OutlierMethod outlierMethod = OutlierMethod.XMR;
    private int minimumHistory = 6;
    private int historyWindow = 24;
    private double robustZLimit = 3.5;
    private double revisionCaution = 0.05;
    private double revisionPoor = 0.20;
    private final EnumMap<SourceType, Rating> sourceRatings = new EnumMap<>(Map.of(
            SourceType.OFFICIAL_STATISTICS, Rating.GOOD,
            SourceType.MANAGEMENT_INFORMATION, Rating.CAUTION,
            SourceType.LOCAL, Rating.POOR));

    public KiteMarkConfig() {}

    /** An unsealed copy with the same settings. */
    public KiteMarkConfig copy() {
        KiteMarkConfig c = new KiteMarkConfig();
        c.segments = segments;
        c.defaultLagDays.putAll(defaultLagDays);
        c.lateDaysForCaution = lateDaysForCaution;
        c.completenessGood = completenessGood;
        c.completenessCaution = completenessCaution;
        c.warningsForGood = warningsForGood;
        c.outlierMethod = outlierMethod;
        c.minimumHistory = minimumHistory;
        c.historyWindow = historyWindow;
        c.robustZLimit = robustZLimit;
        c.revisionCaution = revisionCaution;
        c.revisionPoor = revisionPoor;
        c.sourceRatings.putAll(sourceRatings);
        return c;
    }

    /**
     * Checks every setting and freezes the configuration.
     *
     * @return this, sealed
     * @throws IllegalArgumentException naming every setting that is out of range
     */
    public KiteMarkConfig seal() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("kite mark configuration: " + String.join("; ", problems));
        }
        sealed = true;
        return this;
    }

    public boolean isSealed() {
        return sealed;
    }

    /** What is wrong with the settings, one entry per setting, empty when all are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (segments.isEmpty()) {
            p.add("segments: at least one segment is needed");
        }
        if (new HashSet<>(segments).size() != segments.size()) {
            p.add("segments: each segment at most once, not " + segments);
        }
        defaultLagDays.forEach((f, d) -> {
            if (d < 0) {
                p.add("defaultLagDays." + f + ": cannot be negative, not " + d);
            }
        });
        if (defaultLagDays.size() != Frequency.values().length) {
            p.add("defaultLagDays: a lag is needed for every frequency");
        }
        if (lateDaysForCaution < 0) {
            p.add("lateDaysForCaution: cannot be negative, not " + lateDaysForCaution);
        }
        if (!(completenessCaution > 0 && completenessCaution <= completenessGood && completenessGood <= 1)) {
            p.add("completenessGood and completenessCaution: need 0 < caution <= good <= 1, not " + completenessCaution
                    + " and " + completenessGood);
        }
        if (warningsForGood < 0) {
            p.add("warningsForGood: cannot be negative, not " + warningsForGood);
        }
        if (minimumHistory < 2) {
            p.add("minimumHistory: at least 2 earlier points are needed for a spread, not " + minimumHistory);
        }
        if (historyWindow < minimumHistory) {
            p.add("historyWindow: must be at least minimumHistory (" + minimumHistory + "), not " + historyWindow);
        }
        if (!(robustZLimit > 0) || Double.isInfinite(robustZLimit)) {
            p.add("robustZLimit: must be a positive number, not " + robustZLimit);
        }
        if (!(revisionCaution > 0 && revisionCaution <= revisionPoor) || Double.isInfinite(revisionPoor)) {
            p.add("revisionCaution and revisionPoor: need 0 < caution <= poor, not " + revisionCaution + " and "
                    + revisionPoor);
        }
        if (sourceRatings.size() != SourceType.values().length) {
            p.add("sourceRatings: a rating is needed for every source type");
        }
        return p;
    }

    private void checkNotSealed() {
        if (sealed) {
            throw new IllegalStateException("the kite mark configuration is sealed: change a copy()");
        }
    }

    public List<Dimension> segments() {
        return segments;
    }

    /** The segments drawn, in order (all six by default, in {@link Dimension} order). */
    public KiteMarkConfig segments(List<Dimension> v) {
        checkNotSealed();
        segments = List.copyOf(v);
        return this;
    }

    /** Lag used for timeliness when the metric's catalogue entry gives none. */
    public int defaultLagDays(Frequency f) {
        return defaultLagDays.get(f);
    }

    public KiteMarkConfig defaultLagDays(Frequency f, int days) {
        checkNotSealed();
        defaultLagDays.put(Objects.requireNonNull(f, "frequency"), days);
        return this;
    }

    public int lateDaysForCaution() {
        return lateDaysForCaution;
    }

    /** Received up to this many days after the due date is CAUTION; later is POOR (default 7). */
    public KiteMarkConfig lateDaysForCaution(int v) {
        checkNotSealed();
        lateDaysForCaution = v;
        return this;
    }

    public double completenessGood() {
        return completenessGood;
    }

    /** Share of expected keys present for GOOD (default 0.97: fewer than 3% missing). */
    public KiteMarkConfig completenessGood(double v) {
        checkNotSealed();
        completenessGood = v;
        return this;
    }

    public double completenessCaution() {
        return completenessCaution;
    }

    /** Share of expected keys present for CAUTION; below it is POOR (default 0.90). */
    public KiteMarkConfig completenessCaution(double v) {
        checkNotSealed();
        completenessCaution = v;
        return this;
    }

    public int warningsForGood() {
        return warningsForGood;
    }

    /** Most validation warnings still rated GOOD (default 0); more is CAUTION; any error is POOR. */
    public KiteMarkConfig warningsForGood(int v) {
        checkNotSealed();
        warningsForGood = v;
        return this;
    }

    public OutlierMethod outlierMethod() {
        return outlierMethod;
    }

    public KiteMarkConfig outlierMethod(OutlierMethod v) {
        checkNotSealed();
        outlierMethod = Objects.requireNonNull(v, "outlierMethod");
        return this;
    }

    public int minimumHistory() {
        return minimumHistory;
    }

    /** Fewest earlier points for the outlier check (default 6); with fewer it is not assessed. */
    public KiteMarkConfig minimumHistory(int v) {
        checkNotSealed();
        minimumHistory = v;
        return this;
    }

    public int historyWindow() {
        return historyWindow;
    }

    /** Most recent earlier points the outlier check uses (default 24). */
    public KiteMarkConfig historyWindow(int v) {
        checkNotSealed();
        historyWindow = v;
        return this;
    }

    public double robustZLimit() {
        return robustZLimit;
    }

    /** Robust z-score beyond which a value is out of line (default 3.5). */
    public KiteMarkConfig robustZLimit(double v) {
        checkNotSealed();
        robustZLimit = v;
        return this;
    }

    public double revisionCaution() {
        return revisionCaution;
    }

    /** Relative change on revision above which consistency is CAUTION (default 0.05). */
    public KiteMarkConfig revisionCaution(double v) {
        checkNotSealed();
        revisionCaution = v;
        return this;
    }

    public double revisionPoor() {
        return revisionPoor;
    }

    /** Relative change on revision above which consistency is POOR (default 0.20). */
    public KiteMarkConfig revisionPoor(double v) {
        checkNotSealed();
        revisionPoor = v;
        return this;
    }

    public Rating sourceRating(SourceType t) {
        return sourceRatings.get(t);
    }

    /** Rating of a source type (official statistics GOOD, management information CAUTION, local POOR). */
    public KiteMarkConfig sourceRating(SourceType t, Rating r) {
        checkNotSealed();
        sourceRatings.put(Objects.requireNonNull(t, "sourceType"), Objects.requireNonNull(r, "rating"));
        return this;
    }
}
