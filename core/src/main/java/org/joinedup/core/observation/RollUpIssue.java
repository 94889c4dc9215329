package org.joinedup.core.observation;

/** Something a roll-up could not use or could not do, for the observation key concerned. */
public record RollUpIssue(ObservationKey key, Kind kind, String detail) {
    public enum Kind {
        /** The area code is not in the geography. */
        UNKNOWN_AREA,
        /** No catalogue definition for the metric version. */
        NO_DEFINITION,
        /** Only a value was given (or no denominator for a rate), so it cannot be added up. */
        VALUE_ONLY,
        /** Children were computed under different definition versions. */
        MIXED_VERSIONS,
        /** Some children had no usable data: the parent's value covers only the rest. */
        INCOMPLETE,
        /** An age band has no standard population weight. */
        UNKNOWN_AGE_BAND
    }
}
