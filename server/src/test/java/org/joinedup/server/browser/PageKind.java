package org.joinedup.server.browser;

/** The kinds of page the application serves, each made from its own template. */
enum PageKind {
    /** The home page, {@code /}, from {@code scorecard.html}, for any area, with or without a notice. */
    SCORECARD,
    /** {@code /about/data}, from {@code about-data.html}. */
    ABOUT_DATA,
    /**
     * {@code /metrics/{id}}, from {@code metric.html} (its forecast section from {@code metric-forecast.html}),
     * for any area, with data or with the note that there is none.
     */
    METRIC,
    /** {@code /logic-model} and {@code /logic-model/{box}}, from {@code logic-model.html}. */
    LOGIC_MODEL,
    /** {@code /compare}, from {@code compare.html}, for one area or two. */
    COMPARE,
    /** {@code /board-pack}, from {@code board-pack.html}: the pack for the choice, with its downloads. */
    BOARD_PACK,
    /** {@code /commentary}, from {@code commentary.html}: one commentary panel, its revisions and form. */
    COMMENTARY
}
