package org.joinedup.server.chart;

/**
 * How a chart is drawn. The size is the view box: the SVG scales to its container, keeping its shape.
 *
 * @param width view box width
 * @param height view box height; charts with one row per area work out their own height and ignore it
 * @param showTitle draw the title at the top (it is always in {@code <title>}); off when the page shows it
 * @param showNearLimits draw the 2-sigma lines of SPC charts (hidden by default, as Making Data Count does)
 * @param id prefix of the ids of {@code <title>} and {@code <desc>}; null for one made from the text. Give
 *     one when the same chart can appear twice on a page
 */
public record ChartOptions(double width, double height, boolean showTitle, boolean showNearLimits, String id) {
    public ChartOptions {
        if (!(width >= 40 && height >= 20)) {
            throw new IllegalArgumentException("a chart must be at least 40 by 20");
        }
    }

    /** 720 by 360 with the title drawn and no 2-sigma lines. */
    public static ChartOptions defaults() {
        return new ChartOptions(720, 360, true, false, null);
    }

    public ChartOptions withSize(double newWidth, double newHeight) {
        return new ChartOptions(newWidth, newHeight, showTitle, showNearLimits, id);
    }

    public ChartOptions withTitle(boolean show) {
        return new ChartOptions(width, height, show, showNearLimits, id);
    }

    public ChartOptions withNearLimits(boolean show) {
        return new ChartOptions(width, height, showTitle, show, id);
    }

    public ChartOptions withId(String newId) {
        return new ChartOptions(width, height, showTitle, showNearLimits, newId);
    }
}
