package org.joinedup.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic, deterministic (for a seed) national workload: the NHS area tree of England and the upper-tier
 * local authorities, 60 monthly metrics and 120 months (2016-04 .. 2026-03), one observation per area x metric
 * x month with no breakdown.
 *
 * <p>Row order, which {@code --rows N} takes a prefix of: month (oldest first), then metric, then area (country,
 * NHS regions, ICBs, sub-ICBs, PCNs, practices, local authorities). One month for every metric and area is
 * {@link #rowsPerMonth()} rows, roughly what a national monthly submission would be.
 *
 * <p>Every row is a pure function of (seed, row index), so any prefix is generated in O(N) and two runs with the
 * same seed write byte-identical files.
 */
public final class NationalWorkload {
    public static final int REGIONS = 7;
    public static final int ICBS = 42;
    public static final int SUB_ICBS = 106;
    public static final int PCNS = 1_250;
    public static final int PRACTICES = 6_300;
    /** Upper-tier LAs / health and wellbeing boards: counties, metropolitan districts, London, unitaries. */
    public static final int COUNTIES = 21;

    public static final int METROPOLITAN = 36;
    public static final int LONDON = 33;
    public static final int UNITARIES = 62;
    public static final int UPPER_TIER = COUNTIES + METROPOLITAN + LONDON + UNITARIES;
    public static final int METRICS = 60;
    public static final int MONTHS = 120;
    public static final int FIRST_YEAR = 2016;
    public static final int FIRST_MONTH = 4;
    /** The last three months are provisional, as recent NHS monthly data usually is. */
    public static final int PROVISIONAL_MONTHS = 3;

    public static final String HEADER = "metric,area_code,period,breakdown,numerator,denominator,value,status";

    public enum Type {
        COUNTRY("country"),
        NHS_REGION("nhs_region"),
        ICB("icb"),
        SUB_ICB("sub_icb"),
        PCN("pcn"),
        GP_PRACTICE("gp_practice"),
        UTLA("utla");

        public final String csvName;

        Type(String csvName) {
            this.csvName = csvName;
        }
    }

    private final long seed;
    private final String[] codes;
    private final Type[] types;
    /** Parent in the NHS hierarchy (local authorities: the country, in the local government one); -1 at the root. */
    private final int[] parents;
    /** List size (practices, summed upwards) or resident population (local authorities). */
    private final long[] base;

    private final String[] metricIds;
    private final double[] metricRate;
    private final double[] metricFraction;
    private final double[] metricSeasonality;

    private final byte[][] codeBytes;
    private final byte[][] metricBytes;
    private final byte[][] periodBytes;

    public NationalWorkload(long seed) {
        this.seed = seed;
        int areas = 1 + REGIONS + ICBS + SUB_ICBS + PCNS + PRACTICES + UPPER_TIER;
        codes = new String[areas];
        types = new Type[areas];
        parents = new int[areas];
        base = new long[areas];
        SplittableRandom random = new SplittableRandom(seed);

        int next = 0;
        int country = next;
        put(next++, "E92000001", Type.COUNTRY, -1);
        int regionStart = next;
        for (int i = 0; i < REGIONS; i++) {
            put(next++, "E40000" + String.format("%03d", 3 + i), Type.NHS_REGION, country);
        }
        int icbStart = next;
        next = level(random, next, ICBS, Type.ICB, regionStart, REGIONS, i -> "E54000" + String.format("%03d", 8 + i));
        int subIcbStart = next;
        next = level(
                random, next, SUB_ICBS, Type.SUB_ICB, icbStart, ICBS, i -> "E38000" + String.format("%03d", 1 + i));
        int pcnStart = next;
        next = level(
                random, next, PCNS, Type.PCN, subIcbStart, SUB_ICBS, i -> "U" + String.format("%05d", 10001 + i * 7));
        int practiceStart = next;
        String letters = "ABCDEFGHJKLMNPY"; // no U: that prefix is the PCNs'
        next = level(
                random,
                next,
                PRACTICES,
                Type.GP_PRACTICE,
                pcnStart,
                PCNS,
                i -> letters.charAt(i % letters.length()) + String.format("%05d", 81001 + i / letters.length()));
        for (int i = practiceStart; i < next; i++) {
            // Registered list sizes: log-normal, median about 8,500, a few very large practices.
            base[i] = Math.max(900, Math.round(8_500 * Math.exp(0.55 * random.nextGaussian())));
        }
        for (int i = next - 1; i > country; i--) {
            base[parents[i]] += base[i];
        }
        int laStart = next;
        String[] prefixes = {"E10", "E08", "E09", "E06"};
        int[] counts = {COUNTIES, METROPOLITAN, LONDON, UNITARIES};
        for (int p = 0; p < prefixes.length; p++) {
            for (int i = 0; i < counts[p]; i++) {
                put(next, prefixes[p] + String.format("%06d", i + 1), Type.UTLA, country);
                base[next] = Math.max(2_000, Math.round(300_000 * Math.exp(0.6 * random.nextGaussian())));
                next++;
            }
        }
        if (next != areas || laStart + UPPER_TIER != areas) {
            throw new IllegalStateException("area count " + next + " != " + areas);
        }

        metricIds = new String[METRICS];
        metricRate = new double[METRICS];
        metricFraction = new double[METRICS];
        metricSeasonality = new double[METRICS];
        String[] stems = {
            "ae_4hr",
            "ae_12hr",
            "delayed_discharge",
            "readmit_30d",
            "emergency_adm",
            "flu_vacc",
            "care_home_adm",
            "reablement_91d",
            "falls_adm",
            "eol_home",
            "dementia_dx",
            "bp_control"
        };
        for (int m = 0; m < METRICS; m++) {
            metricIds[m] = stems[m % stems.length] + "_n" + String.format("%02d", m / stems.length + 1);
            metricRate[m] = 0.01 + 0.93 * random.nextDouble();
            // Denominator as a share of the list / population: from the whole list down to a 0.2% cohort.
            metricFraction[m] = Math.exp(Math.log(0.002) * random.nextDouble());
            metricSeasonality[m] = 0.05 * random.nextDouble();
        }

        codeBytes = new byte[areas][];
        for (int i = 0; i < areas; i++) {
            codeBytes[i] = codes[i].getBytes(StandardCharsets.US_ASCII);
        }
        metricBytes = new byte[METRICS][];
        for (int m = 0; m < METRICS; m++) {
            metricBytes[m] = metricIds[m].getBytes(StandardCharsets.US_ASCII);
        }
        periodBytes = new byte[MONTHS][];
        for (int t = 0; t < MONTHS; t++) {
            periodBytes[t] = periodLabel(t).getBytes(StandardCharsets.US_ASCII);
        }
        if (Arrays.stream(codes).distinct().count() != areas) {
            throw new IllegalStateException("duplicate area codes");
        }
    }

    private interface CodeMaker {
        String code(int i);
    }

    /** Children of one level, each parent getting at least one, the rest spread at random; kept grouped by parent. */
    private int level(
            SplittableRandom random,
            int next,
            int count,
            Type type,
            int parentStart,
            int parentCount,
            CodeMaker codeMaker) {
        int[] parentOf = new int[count];
        for (int i = 0; i < count; i++) {
            parentOf[i] = parentStart + (i < parentCount ? i : random.nextInt(parentCount));
        }
        Arrays.sort(parentOf);
        for (int i = 0; i < count; i++) {
            put(next + i, codeMaker.code(i), type, parentOf[i]);
        }
        return next + count;
    }

    private void put(int index, String code, Type type, int parent) {
        codes[index] = code;
        types[index] = type;
        parents[index] = parent;
    }

    public static String periodLabel(int month) {
        int m = FIRST_MONTH - 1 + month;
        return String.format("%04d-%02d", FIRST_YEAR + m / 12, m % 12 + 1);
    }

    public long seed() {
        return seed;
    }

    public int areaCount() {
        return codes.length;
    }

    public String code(int area) {
        return codes[area];
    }

    public Type type(int area) {
        return types[area];
    }

    public int parent(int area) {
        return parents[area];
    }

    public String metricId(int metric) {
        return metricIds[metric];
    }

    public long rowsPerMonth() {
        return (long) codes.length * METRICS;
    }

    public long totalRows() {
        return rowsPerMonth() * MONTHS;
    }

    /** Count of areas of a type. */
    public int count(Type type) {
        int n = 0;
        for (Type t : types) {
            if (t == type) {
                n++;
            }
        }
        return n;
    }

    /** The ancestors of an area in its hierarchy, nearest first. */
    public int[] ancestors(int area) {
        List<Integer> up = new ArrayList<>();
        for (int p = parents[area]; p >= 0; p = parents[p]) {
            up.add(p);
        }
        return up.stream().mapToInt(Integer::intValue).toArray();
    }

    public String hierarchy(int area) {
        return types[area] == Type.UTLA ? "local_government" : "nhs";
    }

    // ---- rows ----

    public int monthOf(long row) {
        return (int) (row / rowsPerMonth());
    }

    public int metricOf(long row) {
        return (int) (row % rowsPerMonth() / codes.length);
    }

    public int areaOf(long row) {
        return (int) (row % codes.length);
    }

    /** The generated counts of one row, reusable to avoid allocation. */
    public static final class Row {
        public int month;
        public int metric;
        public int area;
        public long numerator;
        public long denominator;
        /** value x 100, so two decimal places: value = numerator / denominator x 100, rounded. */
        public long valueHundredths;

        public boolean provisional() {
            return month >= MONTHS - PROVISIONAL_MONTHS;
        }
    }

    public void row(long index, Row out) {
        int month = monthOf(index);
        int metric = metricOf(index);
        int area = areaOf(index);
        out.month = month;
        out.metric = metric;
        out.area = area;
        long h = mix(seed ^ (index * 0x9E3779B97F4A7C15L));
        long areaMetric = mix(seed + area * 0xD1B54A32D192ED03L + metric * 0xABC98388FB8FAC03L);
        // A stable area effect on the rate, a slow national trend, a winter bump and monthly noise.
        double rate = metricRate[metric]
                + 0.08 * (unit(areaMetric) - 0.5) * Math.min(metricRate[metric], 1 - metricRate[metric]) * 2
                + 0.0002 * (month - MONTHS / 2.0)
                + metricSeasonality[metric]
                        * Math.cos(2 * Math.PI * ((month + FIRST_MONTH - 1) % 12 - 0.5) / 12)
                        * Math.min(metricRate[metric], 1 - metricRate[metric]);
        rate = Math.min(0.999, Math.max(0.001, rate));
        double size = base[area] * metricFraction[metric] * (1 + 0.0008 * month);
        long denominator = Math.max(1, Math.round(size * (1 + 0.03 * normal(h))));
        double sd = Math.sqrt(denominator * rate * (1 - rate));
        long numerator = Math.round(denominator * rate + sd * normal(mix(h + 1)));
        numerator = Math.min(denominator, Math.max(0, numerator));
        out.denominator = denominator;
        out.numerator = numerator;
        out.valueHundredths = Math.round(numerator * 10_000.0 / denominator);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Approximately standard normal: the sum of four uniforms, rescaled (Irwin-Hall). */
    private static double normal(long h) {
        double s = ((h & 0xFFFF) + ((h >>> 16) & 0xFFFF) + ((h >>> 32) & 0xFFFF) + (h >>> 48)) / 65536.0;
        return (s - 2.0) * Math.sqrt(3.0);
    }

    // ---- canonical CSV ----

    /** Writes the header and rows [0, rows) as canonical submission CSV. */
    public void writeCsv(OutputStream out, long rows, Progress progress) throws IOException {
        writeCsv(out, 0, rows, progress);
    }

    /** Writes rows [from, to) as canonical submission CSV, with a header. */
    public void writeCsv(OutputStream out, long from, long to, Progress progress) throws IOException {
        byte[] buffer = new byte[1 << 20];
        int at = 0;
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, buffer, 0, header.length);
        at = header.length;
        byte[] fin = ",final\n".getBytes(StandardCharsets.US_ASCII);
        byte[] prov = ",provisional\n".getBytes(StandardCharsets.US_ASCII);
        Row row = new Row();
        for (long r = from; r < to; r++) {
            if (at > buffer.length - 256) {
                out.write(buffer, 0, at);
                at = 0;
            }
            row(r, row);
            at = put(buffer, at, metricBytes[row.metric]);
            buffer[at++] = ',';
            at = put(buffer, at, codeBytes[row.area]);
            buffer[at++] = ',';
            at = put(buffer, at, periodBytes[row.month]);
            buffer[at++] = ',';
            buffer[at++] = ',';
            at = Bytes.putLong(buffer, at, row.numerator);
            buffer[at++] = ',';
            at = Bytes.putLong(buffer, at, row.denominator);
            buffer[at++] = ',';
            at = Bytes.putDecimal(buffer, at, row.valueHundredths, 2);
            at = put(buffer, at, row.provisional() ? prov : fin);
            if ((r & 0xFFFF) == 0) {
                progress.update(r - from);
            }
        }
        out.write(buffer, 0, at);
        progress.done(to - from);
    }

    private static int put(byte[] buffer, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        return at + bytes.length;
    }
}
