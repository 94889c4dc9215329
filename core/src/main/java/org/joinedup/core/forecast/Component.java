package org.joinedup.core.forecast;

/** How a component of an ETS model enters it: absent, added or multiplied. */
public enum Component {
    NONE('N'),
    ADDITIVE('A'),
    MULTIPLICATIVE('M');

    private final char letter;

    Component(char letter) {
        this.letter = letter;
    }

    /** The letter used in model codes such as {@code MAdM}: N, A or M. */
    public char letter() {
        return letter;
    }

    static Component ofLetter(char letter) {
        for (Component c : values()) {
            if (c.letter == letter) {
                return c;
            }
        }
        throw new IllegalArgumentException("component letter must be N, A or M, not " + letter);
    }
}
