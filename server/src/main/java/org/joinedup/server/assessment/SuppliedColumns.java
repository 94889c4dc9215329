package org.joinedup.server.assessment;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.assessment.ObservationSeries;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.server.store.StoredObservation;

/**
 * The store's total observations of every metric, held in a few primitive columns per metric (about 40
 * bytes a row) between reading them and building each metric's series: a national store has tens of
 * millions of rows, far too many to hold as objects at once. Area codes and periods are held once each.
 *
 * <p>{@link #supplied} gives a metric's rows as {@link ObservationSeries.Supplied} in the order the store's
 * key-ordered read gives them (area code, period start, period type), so the series built from them are
 * the same as from that read.
 */
final class SuppliedColumns {
    private static final byte NO_NUMERATOR = 1;
    private static final byte NO_DENOMINATOR = 2;
    private static final byte NO_VALUE = 4;
    private static final Status[] STATUSES = Status.values();

    private final ZoneId zone;
    private final Map<String, Integer> metrics;
    private final Rows[] byMetric;
    private final Map<String, Integer> areaIds = new HashMap<>();
    private final List<String> areaCodes = new ArrayList<>();
    private final Map<Period, Integer> periodIds = new HashMap<>();
    private final List<Period> periods = new ArrayList<>();
    private long size;
    private int[] areaRank;
    private int[] periodRank;

    /**
     * @param metricIds the metrics to keep, in the assessments' order; rows of other metrics are left out
     * @param zone the zone whose calendar day a row's recording time falls on is the day it was received
     */
    SuppliedColumns(List<String> metricIds, ZoneId zone) {
        this.zone = zone;
        this.metrics = new HashMap<>();
        for (int m = 0; m < metricIds.size(); m++) {
            metrics.put(metricIds.get(m), m);
        }
        this.byMetric = new Rows[metricIds.size()];
    }

    void add(StoredObservation o) {
        Integer metric = metrics.get(o.metricId());
        if (metric == null) {
            return;
        }
        Rows rows = byMetric[metric];
        if (rows == null) {
            rows = byMetric[metric] = new Rows(o.metricId());
        }
        int area = areaIds.computeIfAbsent(o.areaCode(), code -> {
            areaCodes.add(code);
            return areaCodes.size() - 1;
        });
        Period key = new Period(PeriodType.valueOf(o.periodType()), o.periodStart(), o.periodEnd());
        int period = periodIds.computeIfAbsent(key, p -> {
            periods.add(p);
            return periods.size() - 1;
        });
        byte nulls = (byte) ((o.numerator() == null ? NO_NUMERATOR : 0)
                | (o.denominator() == null ? NO_DENOMINATOR : 0)
                | (o.value() == null ? NO_VALUE : 0));
        rows.add(
                area,
                period,
                o.definitionVersion(),
                o.numerator() == null ? 0 : o.numerator(),
                o.denominator() == null ? 0 : o.denominator(),
                o.value() == null ? 0 : o.value(),
                nulls,
                (byte) Status.valueOf(o.status()).ordinal(),
                (int) o.recordedAt().atZone(zone).toLocalDate().toEpochDay());
        size++;
    }

    /** Every period any row has. */
    Set<Period> periods() {
        return Set.copyOf(periods);
    }

    /** Rows held. */
    long size() {
        return size;
    }

    /**
     * A metric's rows as supplied observations, sorted as the store's key-ordered read gives them; the
     * metric's columns are released, so each metric can be asked for once.
     */
    List<ObservationSeries.Supplied> supplied(int metric) {
        Rows rows = byMetric[metric];
        byMetric[metric] = null;
        if (rows == null) {
            return List.of();
        }
        if (areaRank == null || areaRank.length != areaCodes.size() || periodRank.length != periods.size()) {
            areaRank = areaRanks();
            periodRank = periodRanks();
        }
        int[] order = rows.order(areaRank, periodRank);
        List<ObservationSeries.Supplied> out = new ArrayList<>(rows.size);
        for (int i : order) {
            byte nulls = rows.nulls[i];
            Observation observation = new Observation(
                    new ObservationKey(
                            rows.metricId, areaCodes.get(rows.area[i]), periods.get(rows.period[i]), Breakdown.TOTAL),
                    rows.version[i],
                    (nulls & NO_NUMERATOR) != 0 ? null : rows.numerator[i],
                    (nulls & NO_DENOMINATOR) != 0 ? null : rows.denominator[i],
                    (nulls & NO_VALUE) != 0 ? null : rows.value[i],
                    STATUSES[rows.status[i]]);
            out.add(new ObservationSeries.Supplied(observation, rows.receivedDay[i]));
        }
        return out;
    }

    private int[] ranksBy(int count, Comparator<Integer> order) {
        Integer[] ids = new Integer[count];
        for (int i = 0; i < count; i++) {
            ids[i] = i;
        }
        Arrays.sort(ids, order);
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[ids[r]] = r;
        }
        return rank;
    }

    /** Area codes ranked as the store orders them (collation C: by UTF-8 bytes, as Java compares ASCII). */
    private int[] areaRanks() {
        return ranksBy(areaCodes.size(), Comparator.comparing(areaCodes::get, SuppliedColumns::compareUtf8));
    }

    private int[] periodRanks() {
        return ranksBy(
                periods.size(),
                Comparator.comparing((Integer p) -> periods.get(p).start())
                        .thenComparing(p -> periods.get(p).type().name()));
    }

    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** One metric's rows, column by column. */
    private static final class Rows {
        final String metricId;
        int size;
        int[] area = new int[1024];
        int[] period = new int[1024];
        int[] version = new int[1024];
        double[] numerator = new double[1024];
        double[] denominator = new double[1024];
        double[] value = new double[1024];
        byte[] nulls = new byte[1024];
        byte[] status = new byte[1024];
        int[] receivedDay = new int[1024];

        Rows(String metricId) {
            this.metricId = metricId;
        }

        void add(
                int area,
                int period,
                int version,
                double numerator,
                double denominator,
                double value,
                byte nulls,
                byte status,
                int receivedDay) {
            if (size == this.area.length) {
                int n = size + (size >> 1);
                this.area = Arrays.copyOf(this.area, n);
                this.period = Arrays.copyOf(this.period, n);
                this.version = Arrays.copyOf(this.version, n);
                this.numerator = Arrays.copyOf(this.numerator, n);
                this.denominator = Arrays.copyOf(this.denominator, n);
                this.value = Arrays.copyOf(this.value, n);
                this.nulls = Arrays.copyOf(this.nulls, n);
                this.status = Arrays.copyOf(this.status, n);
                this.receivedDay = Arrays.copyOf(this.receivedDay, n);
            }
            this.area[size] = area;
            this.period[size] = period;
            this.version[size] = version;
            this.numerator[size] = numerator;
            this.denominator[size] = denominator;
            this.value[size] = value;
            this.nulls[size] = nulls;
            this.status[size] = status;
            this.receivedDay[size] = receivedDay;
            size++;
        }

        /** Row indexes by area rank, then period rank: a counting sort by area, then each area's rows sorted. */
        int[] order(int[] areaRank, int[] periodRank) {
            int[] start = new int[areaRank.length + 1];
            for (int i = 0; i < size; i++) {
                start[areaRank[area[i]] + 1]++;
            }
            for (int r = 0; r < areaRank.length; r++) {
                start[r + 1] += start[r];
            }
            int[] next = Arrays.copyOf(start, areaRank.length);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[next[areaRank[area[i]]]++] = i;
            }
            for (int r = 0; r < areaRank.length; r++) {
                int from = start[r];
                int to = start[r + 1];
                if (to - from > 1) {
                    long[] keyed = new long[to - from];
                    for (int k = from; k < to; k++) {
                        keyed[k - from] = ((long) periodRank[period[order[k]]] << 32) | order[k];
                    }
                    Arrays.sort(keyed);
                    for (int k = from; k < to; k++) {
                        order[k] = (int) keyed[k - from];
                    }
                }
            }
            return order;
        }
    }
}
