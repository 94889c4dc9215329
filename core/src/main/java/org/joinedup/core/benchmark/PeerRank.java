package org.joinedup.core.benchmark;

/**
 * One member's place in its peer group.
 *
 * @param key the member, as given
 * @param value its value
 * @param rank 1 for the best (by polarity), with standard competition ranking for ties ("1224")
 * @param peers how many members were ranked
 * @param quartile 1 for the best quarter to 4 for the worst, from Fingertips' quartile bounds of the group's
 *     values; 0 when the group has fewer than 4 members
 */
public record PeerRank<K>(K key, double value, int rank, int peers, int quartile) {}
