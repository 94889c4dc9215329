package org.joinedup.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a canonical submission CSV and validates every row, the checks the server's SubmissionValidator makes
 * for this workload: metric id known, area code known, period label a month, numbers non-negative with a
 * positive denominator and numerator <= denominator, value agreeing with numerator / denominator x 100 (same
 * tolerances), status {@code final} or {@code provisional}, and no two rows with the same key. Every problem
 * is collected; a file with any problem is not stored.
 *
 * <p>Simplifications against the server (which needs core, not yet compilable here): only month periods are
 * accepted (the workload's only kind); every metric is monthly, version 1, valid throughout and reported for
 * every area type; areas have no validity dates. Rows are kept column-wise in primitive arrays, not as records.
 */
final class SubmissionParser {
    static final double RELATIVE_TOLERANCE = 0.005;
    static final double ABSOLUTE_TOLERANCE = 0.051;
    static final double MULTIPLIER = 100;
    private static final int MAX_PROBLEMS = 100;
    private static final String[] COLUMNS = {
        "metric", "area_code", "period", "breakdown", "numerator", "denominator", "value", "status"
    };

    /** Validated rows, column-wise. A number's scale: decimals as written, -1 null, -2 computed (no text). */
    static final class Staged {
        int size;
        int[] metric;
        int[] area;
        /** year x 12 + month - 1 */
        int[] yearMonth;
        double[] numerator;
        double[] denominator;
        double[] value;
        byte[] numeratorScale;
        byte[] denominatorScale;
        byte[] valueScale;
        /** 0 final, 1 provisional */
        byte[] status;
        /** Non-empty breakdowns only, by row; null while every breakdown is empty. */
        String[] breakdown;

        Staged(int capacity) {
            allocate(Math.max(capacity, 1024));
        }

        private void allocate(int capacity) {
            metric = Arrays.copyOf(metric == null ? new int[0] : metric, capacity);
            area = Arrays.copyOf(area == null ? new int[0] : area, capacity);
            yearMonth = Arrays.copyOf(yearMonth == null ? new int[0] : yearMonth, capacity);
            numerator = Arrays.copyOf(numerator == null ? new double[0] : numerator, capacity);
            denominator = Arrays.copyOf(denominator == null ? new double[0] : denominator, capacity);
            value = Arrays.copyOf(value == null ? new double[0] : value, capacity);
            numeratorScale = Arrays.copyOf(numeratorScale == null ? new byte[0] : numeratorScale, capacity);
            denominatorScale = Arrays.copyOf(denominatorScale == null ? new byte[0] : denominatorScale, capacity);
            valueScale = Arrays.copyOf(valueScale == null ? new byte[0] : valueScale, capacity);
            status = Arrays.copyOf(status == null ? new byte[0] : status, capacity);
            if (breakdown != null) {
                breakdown = Arrays.copyOf(breakdown, capacity);
            }
        }

        void ensure() {
            if (size == metric.length) {
                allocate(metric.length * 2);
            }
        }
    }

    record Problem(long row, String column, String value, String reason) {
        @Override
        public String toString() {
            return "row " + row + " " + column + " '" + value + "': " + reason;
        }
    }

    record Result(Staged rows, long problemCount, List<Problem> problems, long bytes) {}

    private final ByteKeyMap metrics;
    private final ByteKeyMap areas;
    private final int areaCount;

    SubmissionParser(NationalWorkload workload) {
        metrics = new ByteKeyMap(NationalWorkload.METRICS);
        for (int m = 0; m < NationalWorkload.METRICS; m++) {
            metrics.put(workload.metricId(m), m);
        }
        areaCount = workload.areaCount();
        areas = new ByteKeyMap(areaCount);
        for (int a = 0; a < areaCount; a++) {
            areas.put(workload.code(a), a);
        }
    }

    // ---- per-parse state ----
    private Staged staged;
    private LongHashSet keys;
    private Set<String> breakdownKeys;
    private List<Problem> problems;
    private long problemCount;
    private long rowNumber;
    private int[] columnOf;
    private final int[] starts = new int[16];
    private final int[] ends = new int[16];
    private byte[] unquoted = new byte[256];
    private byte[] line;
    private double parsed;
    private int parsedScale;

    Result parse(InputStream in, int expectedRows, Progress progress) throws IOException {
        staged = new Staged(expectedRows);
        keys = new LongHashSet(expectedRows);
        breakdownKeys = null;
        problems = new ArrayList<>();
        problemCount = 0;
        rowNumber = 0;
        columnOf = null;
        byte[] buffer = new byte[1 << 20];
        int filled = 0;
        long bytes = 0;
        boolean eof = false;
        while (!eof) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                eof = true;
                n = 0;
            }
            bytes += n;
            filled += n;
            int lineStart = 0;
            int i = 0;
            boolean quoted = false;
            while (true) {
                int end = -1;
                for (; i < filled; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        end = i;
                        break;
                    }
                }
                if (end < 0) {
                    break;
                }
                line(buffer, lineStart, end > lineStart && buffer[end - 1] == '\r' ? end - 1 : end);
                lineStart = end + 1;
                i = lineStart;
                if ((rowNumber & 0xFFFF) == 0) {
                    progress.update(staged.size);
                }
            }
            if (eof && lineStart < filled) {
                line(buffer, lineStart, filled);
                lineStart = filled;
            }
            System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
            filled -= lineStart;
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        progress.done(staged.size);
        if (columnOf == null) {
            problem("", "", "the file is empty: no header row");
        }
        return new Result(staged, problemCount, problems, bytes);
    }

    private void problem(String column, String value, String reason) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(rowNumber, column, value, reason));
        }
    }

    private void line(byte[] buffer, int from, int to) {
        rowNumber++;
        line = buffer;
        int fields = split(buffer, from, to);
        if (fields < 0) {
            problem("", "", "more than 16 columns");
            return;
        }
        if (columnOf == null) {
            header(fields);
            return;
        }
        if (fields == 1 && starts[0] == ends[0]) {
            return; // blank line
        }
        row(fields);
    }

    /** Splits a line into fields (RFC 4180 quoting); quoted fields are copied unquoted into a side buffer. */
    private int split(byte[] buffer, int from, int to) {
        int fields = 0;
        int i = from;
        int side = 0;
        byte[] source = buffer;
        while (true) {
            if (fields == starts.length) {
                return -1;
            }
            if (i < to && buffer[i] == '"') {
                int start = side;
                i++;
                while (i < to) {
                    byte b = buffer[i++];
                    if (b == '"') {
                        if (i < to && buffer[i] == '"') {
                            b = '"';
                            i++;
                        } else {
                            break;
                        }
                    }
                    if (side == unquoted.length) {
                        unquoted = Arrays.copyOf(unquoted, side * 2);
                    }
                    unquoted[side++] = b;
                }
                // Quoted fields point into the side buffer: marked by negative positions.
                starts[fields] = -1 - start;
                ends[fields] = -1 - side;
                while (i < to && buffer[i] != ',') {
                    i++;
                }
            } else {
                starts[fields] = i;
                while (i < to && buffer[i] != ',') {
                    i++;
                }
                ends[fields] = i;
            }
            fields++;
            if (i >= to) {
                return fields;
            }
            i++; // the comma
        }
    }

    private byte[] bufferOf(int field) {
        return starts[field] < 0 ? unquoted : line;
    }

    private int startOf(int field) {
        return starts[field] < 0 ? -1 - starts[field] : starts[field];
    }

    private int endOf(int field) {
        return ends[field] < 0 ? -1 - ends[field] : ends[field];
    }

    private String text(int column) {
        int field = columnOf[column];
        if (field < 0 || field >= fieldCount) {
            return "";
        }
        return new String(bufferOf(field), startOf(field), endOf(field) - startOf(field), StandardCharsets.UTF_8);
    }

    private int fieldCount;

    private void header(int fields) {
        fieldCount = fields;
        columnOf = new int[COLUMNS.length];
        Arrays.fill(columnOf, -1);
        for (int f = 0; f < fields; f++) {
            String name = new String(bufferOf(f), startOf(f), endOf(f) - startOf(f), StandardCharsets.UTF_8)
                    .trim();
            for (int c = 0; c < COLUMNS.length; c++) {
                if (COLUMNS[c].equals(name)) {
                    columnOf[c] = f;
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            if (columnOf[c] < 0) {
                problem(COLUMNS[c], "", "required column missing from the header");
            }
        }
    }

    private static final int METRIC = 0;
    private static final int AREA = 1;
    private static final int PERIOD = 2;
    private static final int BREAKDOWN = 3;
    private static final int NUMERATOR = 4;
    private static final int DENOMINATOR = 5;
    private static final int VALUE = 6;
    private static final int STATUS = 7;

    private void row(int fields) {
        fieldCount = fields;
        long before = problemCount;
        int metric = lookup(METRIC, metrics, "unknown metric: not in the catalogue", "metric is required");
        int area = lookup(AREA, areas, "unknown area: not an ODS or ONS code JoinedUp knows", "area_code is required");
        int yearMonth = period();
        String breakdown = breakdown();
        double numerator = number(NUMERATOR);
        int numeratorScale = parsedScale;
        double denominator = number(DENOMINATOR);
        int denominatorScale = parsedScale;
        double value = number(VALUE);
        int valueScale = parsedScale;
        byte status = status();
        if (numeratorScale == -1 && valueScale == -1) {
            problem("value", "", "at least one of value or numerator is required");
        }
        if (denominatorScale >= 0 && denominator <= 0) {
            problem("denominator", text(DENOMINATOR), "denominator must be positive");
        }
        if (numeratorScale >= 0 && denominatorScale >= 0 && numerator > denominator) {
            problem("numerator", text(NUMERATOR), "numerator is greater than the denominator " + text(DENOMINATOR));
        }
        if (numeratorScale >= 0 && denominatorScale >= 0 && denominator > 0) {
            double expected = numerator / denominator * MULTIPLIER;
            if (valueScale == -1) {
                value = expected;
                valueScale = -2;
            } else if (Math.abs(value - expected)
                    > Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.abs(expected))) {
                problem("value", text(VALUE), "does not agree with numerator / denominator x 100 = " + expected);
            }
        }
        if (problemCount > before) {
            return;
        }
        long key = ((long) metric * areaCount + area) * 4096L + yearMonth - 1900 * 12;
        boolean fresh = breakdown.isEmpty()
                ? keys.add(key)
                : breakdownKeys().add(key + "|" + breakdown);
        if (!fresh) {
            problem("", "", "duplicate of an earlier row: the same metric, area, period and breakdown");
            return;
        }
        Staged s = staged;
        s.ensure();
        int r = s.size++;
        s.metric[r] = metric;
        s.area[r] = area;
        s.yearMonth[r] = yearMonth;
        s.numerator[r] = numerator;
        s.denominator[r] = denominator;
        s.value[r] = value;
        s.numeratorScale[r] = (byte) numeratorScale;
        s.denominatorScale[r] = (byte) denominatorScale;
        s.valueScale[r] = (byte) valueScale;
        s.status[r] = status;
        if (!breakdown.isEmpty()) {
            if (s.breakdown == null) {
                s.breakdown = new String[s.metric.length];
            }
            s.breakdown[r] = breakdown;
        }
    }

    private Set<String> breakdownKeys() {
        if (breakdownKeys == null) {
            breakdownKeys = new HashSet<>();
        }
        return breakdownKeys;
    }

    private boolean present(int column) {
        int field = columnOf[column];
        return field >= 0 && field < fieldCount && endOf(field) > startOf(field);
    }

    private int lookup(int column, ByteKeyMap map, String unknown, String required) {
        if (!present(column)) {
            problem(COLUMNS[column], "", required);
            return -1;
        }
        int field = columnOf[column];
        int found = map.get(bufferOf(field), startOf(field), endOf(field));
        if (found < 0) {
            problem(COLUMNS[column], text(column), unknown);
        }
        return found;
    }

    /** A month label YYYY-MM; the workload has no other kind of period. */
    private int period() {
        if (!present(PERIOD)) {
            problem("period", "", "period is required");
            return -1;
        }
        int field = columnOf[PERIOD];
        byte[] b = bufferOf(field);
        int s = startOf(field);
        if (endOf(field) - s == 7 && b[s + 4] == '-' && digits(b, s, 4) && digits(b, s + 5, 2)) {
            int year = (b[s] - '0') * 1000 + (b[s + 1] - '0') * 100 + (b[s + 2] - '0') * 10 + (b[s + 3] - '0');
            int month = (b[s + 5] - '0') * 10 + (b[s + 6] - '0');
            if (month >= 1 && month <= 12 && year >= 1900 && year < 2200) {
                return year * 12 + month - 1;
            }
        }
        problem("period", text(PERIOD), "not a period label this benchmark accepts (month YYYY-MM)");
        return -1;
    }

    private static boolean digits(byte[] b, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private String breakdown() {
        if (!present(BREAKDOWN)) {
            return "";
        }
        String text = text(BREAKDOWN).trim();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                problem("breakdown", text, "not key=value pairs joined by ;");
                break;
            }
        }
        return text;
    }

    private byte status() {
        if (!present(STATUS)) {
            return 0;
        }
        int field = columnOf[STATUS];
        int length = endOf(field) - startOf(field);
        byte first = bufferOf(field)[startOf(field)];
        if (length == 5 && first == 'f' && "final".equals(text(STATUS))) {
            return 0;
        }
        if (length == 11 && first == 'p' && "provisional".equals(text(STATUS))) {
            return 1;
        }
        problem("status", text(STATUS), "status must be provisional or final");
        return 0;
    }

    /**
     * Parses a non-negative decimal; sets parsedScale to the number of decimals written (-1 when empty). Plain
     * digits with an optional point are parsed exactly (mantissa / 10^scale, one correctly rounded division);
     * anything else falls back to Double.parseDouble.
     */
    private double number(int column) {
        if (!present(column)) {
            parsedScale = -1;
            return Double.NaN;
        }
        int field = columnOf[column];
        byte[] b = bufferOf(field);
        int from = startOf(field);
        int to = endOf(field);
        long mantissa = 0;
        int scale = -1;
        int digits = 0;
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && digits > 0 && digits <= 15 && scale <= 6) {
            parsedScale = Math.max(scale, 0);
            return parsedScale == 0 ? mantissa : mantissa / (double) Bytes.pow10(parsedScale);
        }
        String text = text(column);
        try {
            double v = Double.parseDouble(text.trim());
            if (!(v >= 0) || Double.isInfinite(v)) {
                problem(COLUMNS[column], text, COLUMNS[column] + " must be a non-negative number");
            }
            parsedScale = -2;
            return v;
        } catch (NumberFormatException e) {
            problem(COLUMNS[column], text, "not a number");
            parsedScale = -2;
            return Double.NaN;
        }
    }
}
