package org.joinedup.server.chart;

import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.Variation;

/**
 * The Making Data Count variation and assurance icons as small SVGs. Each is a coloured circle with a letter
 * or shape inside, so it does not rely on colour: H or L for the side of a special cause, a small circle
 * (improvement), diamond (concern) or triangle (neutral) above the letter, matching the chart's point markers,
 * a wave for common cause, and P, F or ? for assurance. Each has a title and a description.
 */
public final class Icons {
    private Icons() {}

    /** Icons are drawn on a 40 by 40 view box; 32 pixels is the default size. */
    public static final double DEFAULT_SIZE = 32;

    public static String variation(Variation variation) {
        return variation(variation, DEFAULT_SIZE);
    }

    /** The variation icon at a size in pixels. */
    public static String variation(Variation variation, double size) {
        String fill = Palette.of(variation);
        String ink = Palette.textOn(fill);
        Svg svg = Svg.icon(40, 40, size, size, variationTitle(variation), variationText(variation));
        svg.empty("circle", "cx", 20, "cy", 20, "r", 18, "fill", fill, "stroke", Palette.WHITE, "stroke-width", 1);
        if (variation == Variation.COMMON_CAUSE) {
            svg.empty(
                    "path",
                    "d",
                    "M8 20C11 13 14 13 17 20S23 27 26 20S30 15 32 18",
                    "fill",
                    "none",
                    "stroke",
                    ink,
                    "stroke-width",
                    2.5,
                    "stroke-linecap",
                    "round");
            return svg.finish();
        }
        boolean high = variation.icon().endsWith("high");
        Marker marker = switch (variation) {
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> Marker.CIRCLE;
            case CONCERN_HIGH, CONCERN_LOW -> Marker.DIAMOND;
            case NEUTRAL_HIGH -> Marker.TRIANGLE_UP;
            default -> Marker.TRIANGLE_DOWN;
        };
        marker.draw(svg, 20, 11, 3.5, ink, null);
        svg.label(
                20, 32, high ? "H" : "L", "text-anchor", "middle", "font-size", 17, "font-weight", "bold", "fill", ink);
        return svg.finish();
    }

    public static String assurance(Assurance assurance) {
        return assurance(assurance, DEFAULT_SIZE);
    }

    /** The assurance icon at a size in pixels: P (pass), F (fail) or ? (hit and miss). */
    public static String assurance(Assurance assurance, double size) {
        String fill = Palette.of(assurance);
        String ink = Palette.textOn(fill);
        Svg svg = Svg.icon(40, 40, size, size, assuranceTitle(assurance), assuranceText(assurance));
        svg.empty("circle", "cx", 20, "cy", 20, "r", 18, "fill", fill, "stroke", Palette.WHITE, "stroke-width", 1);
        String letter = switch (assurance) {
            case CONSISTENT_PASS -> "P";
            case CONSISTENT_FAIL -> "F";
            case INCONSISTENT -> "?";
        };
        svg.label(20, 27, letter, "text-anchor", "middle", "font-size", 20, "font-weight", "bold", "fill", ink);
        return svg.finish();
    }

    /** Short name, e.g. "Special cause improvement (high)". */
    public static String variationTitle(Variation variation) {
        return switch (variation) {
            case COMMON_CAUSE -> "Common cause variation";
            case IMPROVEMENT_HIGH -> "Special cause improvement (high)";
            case IMPROVEMENT_LOW -> "Special cause improvement (low)";
            case CONCERN_HIGH -> "Special cause concern (high)";
            case CONCERN_LOW -> "Special cause concern (low)";
            case NEUTRAL_HIGH -> "Special cause variation (high), neither improvement nor concern";
            case NEUTRAL_LOW -> "Special cause variation (low), neither improvement nor concern";
        };
    }

    /** What the icon means, in a sentence. */
    public static String variationText(Variation variation) {
        return switch (variation) {
            case COMMON_CAUSE -> "The latest point shows only the usual variation of the process.";
            case IMPROVEMENT_HIGH -> "The latest point shows a special cause of improvement: values are higher.";
            case IMPROVEMENT_LOW -> "The latest point shows a special cause of improvement: values are lower.";
            case CONCERN_HIGH -> "The latest point shows a special cause of concern: values are higher.";
            case CONCERN_LOW -> "The latest point shows a special cause of concern: values are lower.";
            case NEUTRAL_HIGH -> "The latest point shows a special cause with higher values; neither is better.";
            case NEUTRAL_LOW -> "The latest point shows a special cause with lower values; neither is better.";
        };
    }

    /** Short name, e.g. "Consistently passes the target". */
    public static String assuranceTitle(Assurance assurance) {
        return switch (assurance) {
            case CONSISTENT_PASS -> "Consistently passes the target";
            case CONSISTENT_FAIL -> "Consistently fails the target";
            case INCONSISTENT -> "Hit and miss against the target";
        };
    }

    /** What the icon means, in a sentence. */
    public static String assuranceText(Assurance assurance) {
        return switch (assurance) {
            case CONSISTENT_PASS ->
                "The target lies outside the process limits on the passing side: "
                        + "the process will meet it unless it changes.";
            case CONSISTENT_FAIL ->
                "The target lies outside the process limits on the failing side: "
                        + "the process will not meet it unless it changes.";
            case INCONSISTENT ->
                "The target lies within the process limits: " + "the process will sometimes meet it and sometimes not.";
        };
    }
}
