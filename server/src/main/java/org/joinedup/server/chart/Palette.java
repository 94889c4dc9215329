package org.joinedup.server.chart;

import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.Variation;

/**
 * The NHS identity colours used by every chart, and which meaning each colour carries. The mapping follows
 * Making Data Count: blue for improvement (and better), orange for concern (and worse), grey for common cause
 * (and similar), purple for neutral special cause (and higher or lower where neither is better). Colour is
 * never the only signal: each meaning also has a marker shape or a letter, and a text label in the table.
 */
public final class Palette {
    private Palette() {}

    public static final String NHS_BLUE = "#005EB8";
    public static final String DARK_BLUE = "#003087";
    public static final String LIGHT_BLUE = "#41B6E6";
    public static final String PALE_BLUE = "#D2E4F5";
    public static final String DARK_GREY = "#425563";
    public static final String MID_GREY = "#768692";
    public static final String LIGHT_GREY = "#AEB7BD";
    public static final String PALE_GREY = "#E8EDEE";
    public static final String ORANGE = "#ED8B00";
    public static final String DARK_RED = "#8A1538";
    public static final String RED = "#DA291C";
    public static final String PURPLE = "#330072";
    public static final String PLUM = "#7C2855";
    public static final String WARM_YELLOW = "#FFB81C";
    public static final String BLACK = "#231F20";
    public static final String WHITE = "#FFFFFF";

    /** Improvement: NHS blue. */
    public static final String IMPROVEMENT = NHS_BLUE;
    /** Concern: orange. */
    public static final String CONCERN = ORANGE;
    /** Common cause: mid grey. */
    public static final String COMMON_CAUSE = MID_GREY;
    /** Neutral special cause: purple. */
    public static final String NEUTRAL = PURPLE;
    /** Targets and plans: NHS red, dashed. */
    public static final String TARGET = RED;

    /** The fill of a point of an SPC chart. */
    public static String of(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
        };
    }

    /** The circle of a variation icon. */
    public static String of(Variation variation) {
        return switch (variation) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> CONCERN;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
        };
    }

    /** The circle of an assurance icon: pass blue, fail orange, hit and miss grey. */
    public static String of(Assurance assurance) {
        return switch (assurance) {
            case CONSISTENT_PASS -> IMPROVEMENT;
            case CONSISTENT_FAIL -> CONCERN;
            case INCONSISTENT -> COMMON_CAUSE;
        };
    }

    /**
     * The fill of an area compared with a benchmark: better blue (best dark blue), similar grey, worse orange
     * (worst dark red), higher purple, lower plum, not compared white (drawn with a grey outline).
     */
    public static String of(BenchmarkResult result) {
        return switch (result) {
            case BETTER -> NHS_BLUE;
            case BEST -> DARK_BLUE;
            case SIMILAR -> MID_GREY;
            case WORSE -> ORANGE;
            case WORST -> DARK_RED;
            case HIGHER -> PURPLE;
            case LOWER -> PLUM;
            case NOT_COMPARED -> WHITE;
        };
    }

    /** Text drawn on a fill: white on dark fills, near-black on orange, yellow, grey and pale fills. */
    public static String textOn(String fill) {
        return switch (fill) {
            case ORANGE, WARM_YELLOW, WHITE, PALE_GREY, PALE_BLUE, LIGHT_BLUE, LIGHT_GREY -> BLACK;
            default -> WHITE;
        };
    }
}
