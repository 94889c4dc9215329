package org.joinedup.server.compare;

/**
 * The spread of a metric among an area's peers for one period: worst to best as the spine, with the 25th and
 * 75th percentiles as Fingertips computes them (Excel's PERCENTILE.INC) when there are at least four figures.
 *
 * @param count the peers with a figure
 * @param q25 NaN with fewer than four figures
 * @param q75 NaN with fewer than four figures
 * @param who the peers in words, e.g. "4 ICBs in North East and Yorkshire"
 */
record PeerRange(int count, double lowest, double q25, double q75, double highest, String who) {
    static PeerRange none(String who) {
        return new PeerRange(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, who);
    }

    boolean hasFigures() {
        return count > 0;
    }

    boolean hasQuartiles() {
        return !Double.isNaN(q25);
    }
}
