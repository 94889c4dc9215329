package org.joinedup.core.quality;

/** The result of validating the submission that carried the figure: errors and warnings raised. */
public record Validation(int errors, int warnings) {
    public Validation {
        if (errors < 0 || warnings < 0) {
            throw new IllegalArgumentException("errors and warnings cannot be negative: " + errors + ", " + warnings);
        }
    }

    public static Validation passed(int warnings) {
        return new Validation(0, warnings);
    }

    public boolean isPassed() {
        return errors == 0;
    }
}
