package org.joinedup.pipeline.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;

/**
 * The months a run reports on, first and last included. A definition gets the periods of its metric's
 * frequency that lie wholly inside the window (months; quarters and financial years only when all their
 * months are in it), as the table {@code periods(period, start_date, end_date)}. Events before the
 * window still count as history (frailty, readmissions, 91-day follow-up); only output periods are cut.
 */
public record RunWindow(YearMonth from, YearMonth to) {
    public RunWindow {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "a run window needs a first month on or before its last: " + from + " to " + to);
        }
    }

    public static RunWindow parse(String from, String to) {
        return new RunWindow(YearMonth.parse(from), YearMonth.parse(to));
    }

    /** The periods of the frequency wholly inside the window, in order; empty for daily and weekly. */
    public List<Period> periods(Frequency frequency) {
        List<Period> periods = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Period month = Period.month(m);
            Period candidate = switch (frequency) {
                case MONTHLY -> month;
                case QUARTERLY -> m.getMonthValue() % 3 == 1 ? quarterStarting(m) : null;
                case ANNUAL -> m.getMonthValue() == 4 ? Period.financialYear(m.getYear()) : null;
                default -> null;
            };
            if (candidate != null && !YearMonth.from(candidate.end()).isAfter(to)) {
                periods.add(candidate);
            }
        }
        return periods;
    }

    private static Period quarterStarting(YearMonth m) {
        int fyStart = m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1;
        int n = m.getMonthValue() >= 4 ? (m.getMonthValue() - 4) / 3 + 1 : 4;
        return Period.quarter(fyStart, n);
    }

    /** Writes {@code periods(period, start_date, end_date)} for the frequency as CSV and returns the file. */
    public Path writePeriods(Frequency frequency, Path file) {
        StringBuilder csv = new StringBuilder("period,start_date,end_date\n");
        for (Period p : periods(frequency)) {
            csv.append(p.label())
                    .append(',')
                    .append(p.start())
                    .append(',')
                    .append(p.end())
                    .append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
