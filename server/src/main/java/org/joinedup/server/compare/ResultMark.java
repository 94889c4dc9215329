package org.joinedup.server.compare;

import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.server.chart.Palette;

/**
 * A comparison with England in words and as the spine chart's marker (colour and shape), for table cells:
 * better a blue circle, similar a grey square, worse an orange diamond, higher and lower triangles, not compared
 * a hollow circle. The marker is decorative; the words carry the meaning.
 */
final class ResultMark {
    private ResultMark() {}

    static String words(BenchmarkResult result) {
        if (result == null) {
            return "England is the benchmark";
        }
        return switch (result) {
            case SIMILAR -> "Similar to England";
            case NOT_COMPARED -> "Not compared";
            case BEST -> "Better than England (99.8%)";
            case WORST -> "Worse than England (99.8%)";
            default -> result.displayName() + " than England";
        };
    }

    static String svg(BenchmarkResult result) {
        if (result == null) {
            return "";
        }
        String fill = Palette.of(result);
        String shape = switch (result) {
            case BETTER, BEST -> "<circle cx=\"7\" cy=\"7\" r=\"5.5\" fill=\"" + fill + "\"/>";
            case SIMILAR -> "<rect x=\"2\" y=\"2\" width=\"10\" height=\"10\" fill=\"" + fill + "\"/>";
            case WORSE, WORST -> "<path d=\"M7 0.5 L13.5 7 L7 13.5 L0.5 7 Z\" fill=\"" + fill + "\"/>";
            case HIGHER -> "<path d=\"M7 1 L13 12.5 L1 12.5 Z\" fill=\"" + fill + "\"/>";
            case LOWER -> "<path d=\"M1 1.5 L13 1.5 L7 13 Z\" fill=\"" + fill + "\"/>";
            case NOT_COMPARED ->
                "<circle cx=\"7\" cy=\"7\" r=\"5\" fill=\"#FFFFFF\" stroke=\"" + Palette.DARK_GREY
                        + "\" stroke-width=\"1.5\"/>";
        };
        return "<svg class=\"result-mark\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\""
                + " focusable=\"false\">" + shape + "</svg>";
    }
}
