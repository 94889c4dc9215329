package org.joinedup.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.observation.Aggregation;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;

/**
 * Turns the total observations of one metric, as supplied, into series for every area that has a figure:
 * the supplied ones and the roll-ups {@link Aggregation} adds for their ancestors (provider tree first,
 * then NHS, then local government), period by period on the geography of each period's structure date.
 *
 * <p>A supplied figure keeps the day it was received; a rolled-up one takes the latest day any supplied
 * figure of the metric and period was received, which is when the last part it could include arrived.
 */
public final class ObservationSeries {
    private ObservationSeries() {}

    /** A supplied observation and the epoch day it was received ({@link FastKiteMark#UNKNOWN_DAY} if unknown). */
    public record Supplied(Observation observation, int receivedDay) {}

    /**
     * @param metric the metric's index in the assessments
     * @param supplied the metric's total observations (no breakdown), any periods
     * @param structureDate the date whose geography a period is rolled up on
     * @return series by area index, each holding the periods of {@code supplied} that reach the area;
     *     observations of areas or periods outside the index or calendar are left out
     */
    public static Map<Integer, SeriesInput> of(
            int metric,
            List<Supplied> supplied,
            Aggregation aggregation,
            Geography geography,
            Function<Period, LocalDate> structureDate,
            PeriodCalendar calendar,
            AreaIndex areas) {
        Map<Period, List<Supplied>> byPeriod = new TreeMap<>();
        for (Supplied s : supplied) {
            byPeriod.computeIfAbsent(s.observation().key().period(), k -> new ArrayList<>())
                    .add(s);
        }
        Map<Integer, SeriesInput.Builder> builders = new HashMap<>();
        for (Map.Entry<Period, List<Supplied>> entry : byPeriod.entrySet()) {
            int period = calendar.indexOf(entry.getKey());
            if (period < 0) {
                continue;
            }
            List<Observation> natives = new ArrayList<>(entry.getValue().size());
            int latest = FastKiteMark.UNKNOWN_DAY;
            for (Supplied s : entry.getValue()) {
                natives.add(s.observation());
                latest = Math.max(latest, s.receivedDay());
            }
            for (Supplied s : entry.getValue()) {
                put(builders, metric, period, areas, s.observation(), s.receivedDay(), false);
            }
            LocalDate date = structureDate.apply(entry.getKey());
            for (Observation o : aggregation.rollUp(natives, geography, date).observations()) {
                put(builders, metric, period, areas, o, latest, true);
            }
        }
        Map<Integer, SeriesInput> out = new HashMap<>();
        builders.forEach((area, b) -> out.put(area, b.build()));
        return out;
    }

    private static void put(
            Map<Integer, SeriesInput.Builder> builders,
            int metric,
            int period,
            AreaIndex areas,
            Observation o,
            int receivedDay,
            boolean rolledUp) {
        if (!o.key().breakdown().isTotal()) {
            return;
        }
        int area = areas.indexOf(o.key().areaCode());
        if (area < 0) {
            return;
        }
        byte flags = (byte) ((o.status() == Status.PROVISIONAL ? SeriesInput.PROVISIONAL : 0)
                | (rolledUp ? SeriesInput.ROLLED_UP : 0));
        builders.computeIfAbsent(area, a -> new SeriesInput.Builder(metric, a, 16))
                .add(period, nan(o.numerator()), nan(o.denominator()), nan(o.value()), flags, receivedDay);
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }
}
