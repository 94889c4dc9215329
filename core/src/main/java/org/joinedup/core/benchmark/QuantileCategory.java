package org.joinedup.core.benchmark;

import java.util.Objects;

/**
 * Where a value falls among its peers.
 *
 * @param band 1 for the band of the lowest values up to 5 (quintiles) or 4 (quartiles) for the highest; 0
 *     when not compared
 * @param fingertipsCategory the category number Fingertips stores: the band, except that quintiles of a
 *     higher-is-better indicator are reversed (6 − band), so that 1 is the best fifth; 0 when not compared
 * @param label the name of the band, with judgement when the polarity has one
 */
public record QuantileCategory(int band, int fingertipsCategory, QuantileLabel label) {
    public QuantileCategory {
        Objects.requireNonNull(label, "label");
        if (band < 0 || band > 5 || fingertipsCategory < 0 || fingertipsCategory > 5) {
            throw new IllegalArgumentException(
                    "band " + band + " and category " + fingertipsCategory + " must be 0 (not compared) to 5");
        }
    }

    static final QuantileCategory NOT_COMPARED = new QuantileCategory(0, 0, QuantileLabel.NOT_COMPARED);

    public boolean isCompared() {
        return band > 0;
    }
}
