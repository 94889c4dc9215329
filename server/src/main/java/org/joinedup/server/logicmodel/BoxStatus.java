package org.joinedup.server.logicmodel;

/**
 * How a box's metrics stand for the chosen area and period, in one word for its colour, shape and label: good
 * signs are metrics better than England or improving; signs of concern are metrics worse than England or
 * deteriorating.
 */
public enum BoxStatus {
    GOOD("Good signs", "better than England or improving, and none worse or deteriorating"),
    MIXED("Mixed signs", "some better or improving, some worse or deteriorating"),
    CONCERN("Signs of concern", "worse than England or deteriorating, and none better or improving"),
    STEADY("No clear signal", "figures held, but similar to England or not compared, with no special cause variation"),
    NO_DATA("No data", "none of its metrics has a figure for this area and period"),
    NO_METRIC("No metric yet", "the catalogue has no metric for it yet: add a local one");

    private final String label;
    private final String meaning;

    BoxStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The CSS class that colours the box, e.g. {@code status-good}. */
    public String cssClass() {
        return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A small shape for the status, so colour is not the only signal; decorative, as the label says it. */
    public String mark() {
        String shape = switch (this) {
            case GOOD -> "<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"#005EB8\"/>";
            case CONCERN -> "<path d=\"M8 1 L15 8 L8 15 L1 8 Z\" fill=\"#ED8B00\"/>";
            case MIXED ->
                "<path d=\"M8 2 A6 6 0 0 0 8 14 Z\" fill=\"#005EB8\"/>"
                        + "<path d=\"M8 2 L14 8 L8 14 Z\" fill=\"#ED8B00\"/>";
            case STEADY -> "<rect x=\"2.5\" y=\"2.5\" width=\"11\" height=\"11\" fill=\"#768692\"/>";
            case NO_DATA ->
                "<circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"#FFFFFF\" stroke=\"#425563\""
                        + " stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>";
            case NO_METRIC -> "<rect x=\"2\" y=\"7\" width=\"12\" height=\"2\" fill=\"#425563\"/>";
        };
        return "<svg class=\"status-mark\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\""
                + " focusable=\"false\">" + shape + "</svg>";
    }
}
