package org.joinedup.core.assessment;

import org.joinedup.core.catalogue.SourceType;
import org.joinedup.core.quality.Dimension;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.core.quality.KiteMarks;
import org.joinedup.core.quality.Rating;

/**
 * The overall kite mark rating of {@link KiteMarks#assess} for the facts an assessment has: the metric's
 * source type and the day the figure was received against its due day (period end plus the metric's
 * lag). Completeness, validity, consistency and sign-off are not recorded yet and so are not assessed,
 * neither raising nor lowering the mark. Days are epoch days; {@link #UNKNOWN_DAY} means not received.
 * {@code FastKiteMarkEquivalenceTest} checks the ratings against {@link KiteMarks} itself.
 */
public final class FastKiteMark {
    /** A day that was not recorded. */
    public static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    private static final byte GOOD = (byte) Rating.GOOD.ordinal();
    private static final byte CAUTION = (byte) Rating.CAUTION.ordinal();
    private static final byte POOR = (byte) Rating.POOR.ordinal();
    private static final byte NOT_ASSESSED = (byte) Rating.NOT_ASSESSED.ordinal();

    private final boolean timeliness;
    private final int lateDaysForCaution;
    /** The source segment's rating per source type, or NOT_ASSESSED when the segment is not drawn. */
    private final byte[] sourceRating = new byte[SourceType.values().length];

    public FastKiteMark(KiteMarkConfig config) {
        if (!config.isSealed()) {
            throw new IllegalArgumentException("seal() the kite mark configuration before use");
        }
        this.timeliness = config.segments().contains(Dimension.TIMELINESS);
        this.lateDaysForCaution = config.lateDaysForCaution();
        boolean source = config.segments().contains(Dimension.SOURCE);
        for (SourceType t : SourceType.values()) {
            sourceRating[t.ordinal()] = source ? (byte) config.sourceRating(t).ordinal() : NOT_ASSESSED;
        }
    }

    /**
     * The overall rating code (a {@link Rating} ordinal).
     *
     * @param dueDay the epoch day the figure was due
     * @param receivedDay the epoch day it was received, or {@link #UNKNOWN_DAY}
     * @param asAtDay the epoch day of the assessment; a receipt after it counts as unknown
     */
    public byte rating(SourceType source, int dueDay, int receivedDay, int asAtDay) {
        byte overall = sourceRating[source.ordinal()];
        if (timeliness) {
            overall = worse(overall, timeliness(dueDay, receivedDay, asAtDay));
        }
        return overall;
    }

    private byte timeliness(int dueDay, int receivedDay, int asAtDay) {
        if (receivedDay == UNKNOWN_DAY || receivedDay > asAtDay) {
            long overdue = (long) asAtDay - dueDay;
            if (overdue <= 0) {
                return NOT_ASSESSED;
            }
            return overdue <= lateDaysForCaution ? CAUTION : POOR;
        }
        long late = (long) receivedDay - dueDay;
        if (late <= 0) {
            return GOOD;
        }
        return late <= lateDaysForCaution ? CAUTION : POOR;
    }

    /** As {@link Rating#worse}: not assessed gives way; otherwise the later (worse) of GOOD, CAUTION, POOR. */
    static byte worse(byte a, byte b) {
        if (a == NOT_ASSESSED) {
            return b;
        }
        if (b == NOT_ASSESSED) {
            return a;
        }
        return b > a ? b : a;
    }
}
