package org.joinedup.core.benchmark;

import java.util.Locale;
import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;

/**
 * The outcome of comparing an area with a benchmark. {@link #label()} is the short label used on the command
 * line ({@code better, same, worse, higher, lower, best, worst, none}); {@link #displayName()} is the text
 * shown to people ("Better", "Similar", "Not compared", ...).
 *
 * <p>Which results occur depends on the polarity: {@link Polarity#HIGHER_IS_BETTER} and
 * {@link Polarity#LOWER_IS_BETTER} give {@link #BETTER}, {@link #SIMILAR} and {@link #WORSE} (and
 * {@link #BEST} and {@link #WORST} for the two-level method); {@link Polarity#NO_JUDGEMENT} gives
 * {@link #HIGHER}, {@link #SIMILAR} and {@link #LOWER}. {@link #NOT_COMPARED} is given whatever the polarity
 * when a side is missing or the method cannot be applied.
 */
public enum BenchmarkResult {
    BETTER("better", "Better"),
    SIMILAR("same", "Similar"),
    WORSE("worse", "Worse"),
    HIGHER("higher", "Higher"),
    LOWER("lower", "Lower"),
    /** Better at 99.8%, from the two-level method only. */
    BEST("best", "Best"),
    /** Worse at 99.8%, from the two-level method only. */
    WORST("worst", "Worst"),
    NOT_COMPARED("none", "Not compared");

    private final String label;
    private final String displayName;

    BenchmarkResult(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    /** The command-line label: better, same, worse, higher, lower, best, worst or none. */
    public String label() {
        return label;
    }

    /** The text shown to people: Better, Similar, Worse, Higher, Lower, Best, Worst or Not compared. */
    public String displayName() {
        return displayName;
    }

    /** The result with a command-line label, e.g. {@code same}; case is ignored. */
    public static BenchmarkResult fromLabel(String label) {
        Objects.requireNonNull(label, "label");
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (BenchmarkResult result : values()) {
            if (result.label.equals(wanted)) {
                return result;
            }
        }
        throw new IllegalArgumentException("unknown benchmark result '" + label
                + "'; expected one of better, same, worse, higher, lower, best, worst, none");
    }

    /** True for {@link #BETTER}, {@link #BEST}, {@link #WORSE}, {@link #WORST}, {@link #HIGHER} and {@link #LOWER}. */
    public boolean isDifferent() {
        return this != SIMILAR && this != NOT_COMPARED;
    }

    /**
     * Turns a result worked out as if higher were better into the result for a polarity, as Fingertips'
     * {@code AdjustForPolarity}: lower-is-better swaps better with worse and best with worst; no judgement
     * reads better and best as higher, worse and worst as lower. Similar and not compared are unchanged.
     */
    static BenchmarkResult forPolarity(BenchmarkResult asIfHigherIsBetter, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        return switch (polarity) {
            case HIGHER_IS_BETTER -> asIfHigherIsBetter;
            case LOWER_IS_BETTER ->
                switch (asIfHigherIsBetter) {
                    case BETTER -> WORSE;
                    case WORSE -> BETTER;
                    case BEST -> WORST;
                    case WORST -> BEST;
                    default -> asIfHigherIsBetter;
                };
            case NO_JUDGEMENT ->
                switch (asIfHigherIsBetter) {
                    case BETTER, BEST -> HIGHER;
                    case WORSE, WORST -> LOWER;
                    default -> asIfHigherIsBetter;
                };
        };
    }
}
