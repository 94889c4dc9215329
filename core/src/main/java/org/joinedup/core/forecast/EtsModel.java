package org.joinedup.core.forecast;

import java.util.Objects;

/**
 * The form of an ETS model: error, trend (optionally damped) and seasonality, written as a code such as
 * {@code ANN} (simple exponential smoothing), {@code AAdN} (damped Holt) or {@code MAM} (multiplicative
 * Holt-Winters). The error is additive or multiplicative, never absent; only a trend can be damped.
 */
public record EtsModel(Component error, Component trend, boolean damped, Component season) {
    public EtsModel {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(season, "season");
        if (error == Component.NONE) {
            throw new IllegalArgumentException("the error of an ETS model is additive or multiplicative");
        }
        if (damped && trend == Component.NONE) {
            throw new IllegalArgumentException("only a trend can be damped");
        }
    }

    /** Parses a code of three letters, with {@code d} after the trend letter when damped: {@code AAdA}. */
    public static EtsModel parse(String code) {
        Objects.requireNonNull(code, "code");
        boolean damped = code.length() == 4 && code.charAt(2) == 'd';
        if (code.length() != (damped ? 4 : 3)) {
            throw new IllegalArgumentException("model code must look like ANN, AAdN or MAM, not " + code);
        }
        return new EtsModel(
                Component.ofLetter(code.charAt(0)),
                Component.ofLetter(code.charAt(1)),
                damped,
                Component.ofLetter(code.charAt(code.length() - 1)));
    }

    /** The model code, for example {@code MAdM}. */
    public String code() {
        return "" + error.letter() + trend.letter() + (damped ? "d" : "") + season.letter();
    }

    public boolean hasTrend() {
        return trend != Component.NONE;
    }

    public boolean isSeasonal() {
        return season != Component.NONE;
    }

    /** True when any component is multiplicative, so the data must be positive. */
    public boolean needsPositiveData() {
        return error == Component.MULTIPLICATIVE
                || trend == Component.MULTIPLICATIVE
                || season == Component.MULTIPLICATIVE;
    }

    /**
     * True for the combinations {@code forecast::ets} refuses by default ({@code restrict = TRUE}) because
     * their forecast variance can be infinite: additive error with a multiplicative trend or season, and a
     * multiplicative trend with an additive season.
     */
    public boolean isRestricted() {
        return (error == Component.ADDITIVE
                        && (trend == Component.MULTIPLICATIVE || season == Component.MULTIPLICATIVE))
                || (trend == Component.MULTIPLICATIVE && season == Component.ADDITIVE);
    }

    /** Number of state values: level, trend if any, and {@code m} seasonal values if seasonal. */
    int stateCount(int m) {
        return 1 + (hasTrend() ? 1 : 0) + (isSeasonal() ? m : 0);
    }

    @Override
    public String toString() {
        return "ETS(" + error.letter() + "," + trend.letter() + (damped ? "d" : "") + "," + season.letter() + ")";
    }
}
