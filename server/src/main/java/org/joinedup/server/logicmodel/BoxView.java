package org.joinedup.server.logicmodel;

/**
 * One box of the logic model as the diagram draws it.
 *
 * @param href the box's own page, keeping the choice
 * @param selected true for the box whose page is shown
 * @param summary how its metrics stand; null for boxes metrics do not attach to (enablers, components, groups)
 * @param links how many links the catalogue carries for it
 */
public record BoxView(String id, String text, String href, boolean selected, StatusSummary summary, int links) {
    public boolean measured() {
        return summary != null;
    }

    /** The status class for the box's colour, or the plain one for boxes without metrics. */
    public String cssClass() {
        return summary == null ? "status-none" : summary.status().cssClass();
    }
}
