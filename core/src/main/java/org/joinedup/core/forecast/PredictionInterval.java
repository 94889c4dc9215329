package org.joinedup.core.forecast;

/** Lower and upper limits of a prediction interval at one level (percent), for each horizon. */
public record PredictionInterval(double level, double[] lower, double[] upper) {
    public PredictionInterval {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be a percentage between 0 and 100, not " + level);
        }
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper limits must have the same length");
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
