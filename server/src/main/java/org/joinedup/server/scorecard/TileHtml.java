package org.joinedup.server.scorecard;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

/**
 * Writes tiles as HTML. A whole-system page carries a hundred or more tiles; written through the template
 * engine they cost most of the page's time, so they are written here, every text escaped, and the template
 * inserts them whole.
 */
final class TileHtml {
    private TileHtml() {}

    static String of(List<Tile> tiles) {
        StringBuilder out = new StringBuilder(tiles.size() * 4096);
        for (Tile tile : tiles) {
            write(tile, out);
        }
        return out.toString();
    }

    private static void write(Tile tile, StringBuilder out) {
        out.append("<article class=\"tile")
                .append(tile.hasValue() ? "" : " empty")
                .append("\">");
        out.append("<h4><a href=\"").append(htmlEscape(tile.href())).append("\">");
        text(out, tile.title()).append("</a></h4>");
        out.append("<div class=\"meta purpose\"><span class=\"badge ")
                .append("Improvement".equals(tile.purpose()) ? "improvement" : "performance")
                .append("\">");
        text(out, tile.purpose()).append("</span>");
        if (!tile.owner().isEmpty()) {
            out.append(" <span>Owner: <span>");
            text(out, tile.owner()).append("</span></span>");
        }
        out.append("</div>");
        Figure f = tile.figure();
        if (f != null) {
            out.append("<div><div class=\"figure\"><div><span class=\"value\">");
            text(out, f.valueText()).append("</span> <span class=\"unit\">");
            text(out, f.unit()).append("</span><div class=\"meta\"><span>");
            text(out, f.period()).append("</span> · <span>");
            text(out, f.provenance()).append("</span></div></div><div class=\"icons\">");
            svg(out, f.variationIcon());
            svg(out, f.assuranceIcon());
            svg(out, f.kiteMark());
            out.append("</div></div><div class=\"sparkline\">")
                    .append(f.sparkline())
                    .append("</div>");
            if (f.england() != null) {
                out.append("<p class=\"comparison\"><span class=\"compare ")
                        .append(htmlEscape(f.englandClass()))
                        .append("\">");
                text(out, f.england()).append("</span></p>");
            }
            if (f.parent() != null) {
                out.append("<p class=\"comparison\">");
                text(out, f.parent()).append("</p>");
            }
            out.append("<ul class=\"details\">");
            for (String detail : f.details()) {
                item(out, detail);
            }
            if (f.yearToDate() != null) {
                item(out, f.yearToDate());
            }
            if (f.yearEnd() != null) {
                item(out, f.yearEnd());
            }
            out.append("</ul></div>");
        } else {
            out.append("<div><span class=\"value\">");
            text(out, tile.emptyReason()).append("</span></div>");
        }
        out.append("<div class=\"meta\"><span>");
        text(out, tile.polarity()).append("</span> · <span>");
        text(out, tile.source()).append("</span></div><div class=\"meta\">");
        for (String set : tile.sets()) {
            out.append("<span class=\"badge\">");
            text(out, set).append("</span>");
        }
        if (!tile.verified()) {
            out.append("<span class=\"badge unverified\" title=\"The definition could not be fully verified against"
                    + " its source\">definition unverified</span>");
        }
        out.append("</div></article>");
    }

    private static StringBuilder text(StringBuilder out, String text) {
        return out.append(text == null ? "" : htmlEscape(text));
    }

    private static void item(StringBuilder out, String text) {
        out.append("<li>");
        text(out, text).append("</li>");
    }

    /** An icon already written as escaped SVG by the chart package. */
    private static void svg(StringBuilder out, String svg) {
        if (svg != null) {
            out.append("<span>").append(svg).append("</span>");
        }
    }
}
