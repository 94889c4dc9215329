package org.joinedup.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodFormatException;
import org.joinedup.core.period.PeriodType;
import org.joinedup.core.text.CsvNames;
import org.joinedup.core.text.CsvRow;

/** Reads typed cells from one catalogue row, recording a problem for each bad cell instead of stopping. */
final class RowCells {
    private final String file;
    private final CsvRow row;
    private final String id;
    private final List<CatalogueProblem> problems;
    private boolean failed;

    RowCells(String file, CsvRow row, String idColumn, List<CatalogueProblem> problems) {
        this.file = file;
        this.row = row;
        this.id = row.get(idColumn).strip();
        this.problems = problems;
    }

    String id() {
        return id;
    }

    boolean failed() {
        return failed;
    }

    void fail(String field, String value, String reason) {
        failed = true;
        problems.add(new CatalogueProblem(file, row.number(), id, field, value, reason));
    }

    String text(String column) {
        return row.get(column).strip();
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            fail(column, "", "a value is required");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<E> parsed = CsvNames.parse(type, value);
        if (parsed.isEmpty()) {
            fail(column, value, "expected " + CsvNames.accepted(type));
        }
        return parsed.orElse(null);
    }

    int positiveInt(String column) {
        String value = required(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(column, value, "expected a whole number of 1 or more");
        return 0;
    }

    Integer optionalNonNegativeInt(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(column, value, "expected a whole number of 0 or more");
        return null;
    }

    /** Empty means 1. */
    double multiplier(String column) {
        String value = text(column).replace(",", "");
        if (value.isEmpty()) {
            return 1;
        }
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && !Double.isInfinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(column, text(column), "expected a positive number such as 100 or 100000");
        return 1;
    }

    Period financialYear(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            Period p = Period.parse(value, org.joinedup.core.period.Frequency.ANNUAL);
            if (p.type() == PeriodType.FINANCIAL_YEAR) {
                return p;
            }
        } catch (PeriodFormatException e) {
            // reported below
        }
        fail(column, value, "expected a financial year such as 2015-16, or empty for open");
        return null;
    }

    List<String> list(String column) {
        List<String> items = new ArrayList<>();
        for (String part : text(column).split(";")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
        List<E> items = new ArrayList<>();
        for (String part : list(column)) {
            Optional<E> parsed = CsvNames.parse(type, part);
            if (parsed.isEmpty()) {
                fail(column, part, "expected " + CsvNames.accepted(type));
            } else {
                items.add(parsed.get());
            }
        }
        return items;
    }

    boolean yesNo(String column) {
        String value = required(column);
        if (value.equalsIgnoreCase("yes")) {
            return true;
        }
        if (!value.isEmpty() && !value.equalsIgnoreCase("no")) {
            fail(column, value, "expected yes or no");
        }
        return false;
    }

    <T> Entry<T> entry(T value) {
        return new Entry<>(file, row.number(), id, value);
    }
}
