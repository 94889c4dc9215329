package org.joinedup.server.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Writes SVG (and other XML) text. Every text node and attribute value is escaped, and characters that XML
 * 1.0 does not allow are dropped, so titles, area names and annotations can hold anything. Numbers are written
 * with at most two decimals in a fixed locale, so the output is the same on every machine.
 *
 * <p>Attributes are given as name and value pairs; a value may be a {@link String}, a number or null (the
 * attribute is then left out).
 */
public final class Svg {
    /** Fonts: NHS Frutiger where installed, then Arial, which the PDF renderer has. */
    static final String FONT = "Frutiger W01, Arial, Helvetica, sans-serif";

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    private Svg() {}

    /** An empty writer, for fragments such as HTML tables. */
    public static Svg fragment() {
        return new Svg();
    }

    /**
     * Starts a standalone chart: the root element with a view box (so it scales), {@code role="img"}, and a
     * {@code <title>} and {@code <desc>} that it is labelled and described by.
     *
     * @param id prefix for the title and description ids; null for one made from the text, which is stable
     */
    public static Svg chart(double width, double height, String title, String desc, String id) {
        return chart(width, height, width, height, title, desc, id);
    }

    /**
     * A small standalone image such as an icon, which may appear many times on a page: it is named by an
     * {@code aria-label} rather than by ids, and still has a {@code <title>} (the tooltip) and {@code <desc>}.
     */
    static Svg icon(double viewWidth, double viewHeight, double width, double height, String title, String desc) {
        Svg svg = new Svg();
        svg.start(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "viewBox",
                "0 0 " + num(viewWidth) + " " + num(viewHeight),
                "width",
                width,
                "height",
                height,
                "role",
                "img",
                "aria-label",
                title,
                "font-family",
                FONT,
                "font-size",
                12);
        svg.text("title", title);
        svg.text("desc", desc);
        return svg;
    }

    private static Svg chart(
            double viewWidth, double viewHeight, double width, double height, String title, String desc, String id) {
        Svg svg = new Svg();
        String base = id == null || id.isBlank() ? "chart-" + hash(title + "\n" + desc) : id;
        svg.start(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "viewBox",
                "0 0 " + num(viewWidth) + " " + num(viewHeight),
                "width",
                width,
                "height",
                height,
                "role",
                "img",
                "aria-labelledby",
                base + "-title",
                "aria-describedby",
                base + "-desc",
                "font-family",
                FONT,
                "font-size",
                12);
        svg.text("title", title, "id", base + "-title");
        svg.text("desc", desc, "id", base + "-desc");
        return svg;
    }

    /** Opens an element; close it with {@link #end()}. */
    public Svg start(String name, Object... attributes) {
        tag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. */
    public Svg end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element with no content. */
    public Svg empty(String name, Object... attributes) {
        tag(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding escaped text. */
    public Svg text(String name, String text, Object... attributes) {
        tag(name, attributes);
        out.append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** A {@code <title>} child: the tooltip and accessible name of the enclosing element. */
    public Svg title(String text) {
        return text("title", text);
    }

    /** A line. */
    public Svg line(double x1, double y1, double x2, double y2, Object... attributes) {
        return empty("line", concat(new Object[] {"x1", x1, "y1", y1, "x2", x2, "y2", y2}, attributes));
    }

    /** A text label at a point. */
    public Svg label(double x, double y, String text, Object... attributes) {
        return text("text", text, concat(new Object[] {"x", x, "y", y}, attributes));
    }

    /** Closes every open element and returns the text. */
    public String finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void tag(String name, Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String text = value instanceof Number n ? num(n.doubleValue()) : value.toString();
            out.append(' ')
                    .append(Objects.requireNonNull(attributes[i], "attribute name"))
                    .append("=\"")
                    .append(escape(text))
                    .append('"');
        }
    }

    static Object[] concat(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /**
     * Escapes text for XML content or a quoted attribute: {@code & < > " '} become entities and characters
     * XML 1.0 forbids (most control characters, lone surrogates, U+FFFE and U+FFFF) are dropped. Null is
     * the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A coordinate or size: at most two decimals, no trailing zeros, never {@code -0}. */
    public static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot draw at " + value);
        }
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
