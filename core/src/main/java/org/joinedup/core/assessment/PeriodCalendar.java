package org.joinedup.core.assessment;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.period.Period;

/**
 * The periods a set of assessments covers, in {@link Period} order; series refer to a period by its
 * index here, so a higher index is always a later period.
 */
public final class PeriodCalendar {
    private final Period[] periods;
    private final int[] endDays;
    private final Map<Period, Integer> index = new HashMap<>();

    private PeriodCalendar(Period[] periods) {
        this.periods = periods;
        this.endDays = new int[periods.length];
        for (int i = 0; i < periods.length; i++) {
            endDays[i] = (int) periods[i].end().toEpochDay();
            if (index.put(periods[i], i) != null) {
                throw new IllegalArgumentException("period " + periods[i] + " is given twice");
            }
        }
    }

    /** The distinct periods, sorted. */
    public static PeriodCalendar of(Collection<Period> periods) {
        return new PeriodCalendar(periods.stream().distinct().sorted().toArray(Period[]::new));
    }

    public int size() {
        return periods.length;
    }

    public Period period(int i) {
        return periods[i];
    }

    /** The index of a period, or -1 when it is not in the calendar. */
    public int indexOf(Period period) {
        Integer i = index.get(period);
        return i == null ? -1 : i;
    }

    /** The epoch day of the last day of period i. */
    public int endDay(int i) {
        return endDays[i];
    }

    public List<Period> periods() {
        return List.of(periods);
    }

    @Override
    public String toString() {
        return periods.length == 0
                ? "no periods"
                : periods.length + " periods " + periods[0] + " .. " + periods[periods.length - 1] + " "
                        + Arrays.hashCode(endDays);
    }
}
