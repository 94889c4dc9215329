package org.joinedup.core.disclosure;

import java.util.Objects;

/**
 * A figure as it may be published: its value (null when hidden, never a stand-in zero), a marker
 * saying why it shows as it does, and a note for readers such as "suppressed: fewer than 8". It never
 * carries the figure before control.
 */
public record Disclosed(Double value, Marker marker, String note) {
    public Disclosed {
        Objects.requireNonNull(marker, "marker");
        note = note == null ? "" : note;
        if (marker.isHidden() != (value == null)) {
            throw new IllegalArgumentException(
                    marker + (marker.isHidden() ? " cannot carry a value" : " needs a value"));
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a published value must be finite, not " + value);
        }
    }

    /** A figure about something other than individuals (a population estimate, a bed count): no control. */
    public static Disclosed notControlled(double value) {
        return new Disclosed(value, Marker.EXEMPT, "not about individuals: no disclosure control");
    }

    public boolean isHidden() {
        return marker.isHidden();
    }

    /** The value, or the marker's symbol when hidden. */
    public String display() {
        if (value == null) {
            return marker.symbol();
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString(value.longValue())
                : Double.toString(value);
    }
}
