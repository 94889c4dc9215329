package org.joinedup.core.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;

/**
 * Rank and quartile of each member of a peer group (for example an ICB's places, or an area's statistical
 * neighbours).
 *
 * <p><b>Rank.</b> 1 is the best: the highest value when higher is better, the lowest when lower is better,
 * and the highest when there is no judgement (so the rank then reads "1 = highest"). Ties share the best rank
 * and the next rank is skipped (standard competition ranking, "1224"): rank = 1 + the number of members
 * strictly better.
 *
 * <p><b>Quartile.</b> The member's band among {@link Quantiles#quartiles} of the group's values, counted from
 * the best: 1 is the best quarter, 4 the worst (from the highest when there is no judgement). Members on a bound
 * join the band below it, as in Fingertips. Fewer than 4 members give quartile 0 for everyone. Rank and quartile
 * agree: a better rank never has a worse quartile.
 */
public final class PeerRanks {
    private PeerRanks() {}

    /**
     * Ranks the members, in the map's iteration order (use a {@link java.util.LinkedHashMap} to keep an order).
     * Missing values must be left out; NaN, infinities and null are rejected.
     */
    public static <K> List<PeerRank<K>> rank(Map<K, Double> values, Polarity polarity) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(polarity, "polarity");
        for (Map.Entry<K, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(
                        "value of " + e.getKey() + " must be a finite number, not " + e.getValue());
            }
        }
        Quantiles quartiles = Quantiles.quartiles(values.values());
        int n = values.size();
        List<PeerRank<K>> out = new ArrayList<>(n);
        for (Map.Entry<K, Double> e : values.entrySet()) {
            double v = e.getValue();
            int better = 0;
            for (double other : values.values()) {
                if (polarity == Polarity.LOWER_IS_BETTER ? other < v : other > v) {
                    better++;
                }
            }
            int band = quartiles.band(v);
            int quartile = band == 0 ? 0 : polarity == Polarity.LOWER_IS_BETTER ? band : 5 - band;
            out.add(new PeerRank<>(e.getKey(), v, 1 + better, n, quartile));
        }
        return out;
    }
}
