package org.joinedup.server.logicmodel;

/** What statistical process control says of the point shown (Making Data Count), in a board's words. */
public enum Signal {
    /** Special cause variation of an improving nature. */
    IMPROVING("Improving (special cause improvement)"),
    /** Special cause variation of a concerning nature. */
    DETERIORATING("Deteriorating (special cause concern)"),
    /** Common cause variation, or a special cause where neither direction is better. */
    NO_SIGNAL("No improving or concerning variation"),
    /** Too few points to chart. */
    NOT_CHARTED("Not charted");

    private final String text;

    Signal(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
