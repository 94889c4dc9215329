package org.joinedup.core.geography;

import java.time.LocalDate;
import java.util.Objects;
import org.joinedup.core.period.Period;

/**
 * An area with its codes. {@code code} is the primary code: the ONS code where there is one, else
 * the ODS code. Either alternative code may be null. A null {@code validFrom} means "as far back as
 * we know"; a null {@code validTo} means the area still exists.
 */
public record Area(
        String code,
        String odsCode,
        String onsCode,
        String name,
        AreaType type,
        LocalDate validFrom,
        LocalDate validTo) {
    public Area {
        code = requireCode(code, "code");
        odsCode = blankToNull(odsCode);
        onsCode = blankToNull(onsCode);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Validity.check(validFrom, validTo, "area " + code);
    }

    /** A currently open area known only by its primary code. */
    public static Area of(String code, String name, AreaType type) {
        return new Area(code, null, null, name, type, null, null);
    }

    public boolean isValidAt(LocalDate date) {
        return Validity.at(validFrom, validTo, date);
    }

    /** True when the area existed on any day of the period: a practice closing mid-quarter still reports it. */
    public boolean isValidDuring(Period period) {
        return Validity.during(validFrom, validTo, period);
    }

    static String requireCode(String code, String what) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return code.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
