package org.joinedup.server.compare;

/**
 * One metric compared: the area's figure for its period beside its region's, England's, its peers' worst and
 * best, and a second area's when one is chosen.
 *
 * @param href the metric's page, keeping the choice
 * @param region the region's figure for the same period, or null when the area has no region
 * @param england England's figure for the same period, or null when none is held
 * @param peerWorst e.g. "80.1%"; null when no peer has a figure
 * @param peerBest e.g. "94.8%"; null when no peer has a figure
 * @param peerCount how many peers have a figure, the area included
 * @param peers who they are, e.g. "4 ICBs in North East and Yorkshire"
 * @param worstWord "worst" or, where neither direction is better, "lowest"
 * @param with the second area's figure for the same period; null when none is chosen
 */
public record CompareRow(
        String metricId,
        String title,
        String href,
        String period,
        Side area,
        String region,
        String england,
        String peerWorst,
        String peerBest,
        int peerCount,
        String peers,
        String worstWord,
        String bestWord,
        Side with) {}
