package org.joinedup.core.geography;

import java.time.LocalDate;
import org.joinedup.core.period.Period;

/** Date checks shared by areas and links; a null bound is open. */
final class Validity {
    private Validity() {}

    static void check(LocalDate from, LocalDate to, String what) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(what + " ends " + to + " before it starts " + from);
        }
    }

    static boolean at(LocalDate from, LocalDate to, LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    static boolean during(LocalDate from, LocalDate to, Period period) {
        return (from == null || !period.end().isBefore(from))
                && (to == null || !period.start().isAfter(to));
    }
}
