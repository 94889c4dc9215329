package org.joinedup.core.quality;

/** Rates one segment of the kite mark from the facts. The rules are in {@link SegmentRules}. */
public interface SegmentRule {
    Dimension dimension();

    /** Rates the segment; never null, NOT_ASSESSED with a reason when a fact is missing. */
    Segment rate(KiteMarkFacts facts, KiteMarkConfig config);
}
