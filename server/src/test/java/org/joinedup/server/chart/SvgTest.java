package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgTest {
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'Bob's' \u0000\u0007\uD800 ]]> <!-- -->";

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;", Svg.escape("<b> & \"q\" 'a'"));
    }

    @Test
    void dropsCharactersXmlForbidsButKeepsPairsAndWhitespace() {
        assertEquals("a\tb\nc", Svg.escape("a\u0000\tb\n\u001Fc\uFFFE"));
        assertEquals("x", Svg.escape("x\uDC00"));
        assertEquals("\uD83D\uDE00", Svg.escape("\uD83D\uDE00"));
        assertEquals("", Svg.escape(null));
    }

    @Test
    void hostileTextSurvivesAsTextInTitleDescAttributesAndContent() {
        Svg svg = Svg.chart(100, 50, HOSTILE, HOSTILE, null);
        svg.label(1, 2, HOSTILE, "data-name", HOSTILE);
        String out = svg.finish();
        var root = Xml.svg(out);
        String expected = "<script>alert(\"x\")</script> & 'Bob's'  ]]> <!-- -->";
        assertEquals(expected, root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        var text =
                (org.w3c.dom.Element) root.getElementsByTagNameNS("*", "text").item(0);
        assertEquals(expected, text.getTextContent());
        assertEquals(expected, text.getAttribute("data-name"));
        assertFalse(out.contains("<script"));
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
        assertEquals("1.5", Svg.num(1.5));
        assertEquals("3.14", Svg.num(3.14159));
        assertEquals("100", Svg.num(100.0));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("-2.01", Svg.num(-2.005));
        assertEquals("1200000", Svg.num(1.2e6));
        assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
    }

    @Test
    void theIdComesFromTheOptionsOrTheText() {
        String a = Svg.chart(10, 10, "A", "d", null).finish();
        String b = Svg.chart(10, 10, "B", "d", null).finish();
        assertFalse(Xml.svg(a).getAttribute("aria-labelledby").equals(Xml.svg(b).getAttribute("aria-labelledby")));
        assertEquals(a, Svg.chart(10, 10, "A", "d", null).finish(), "stable");
        assertTrue(Svg.chart(10, 10, "A", "d", "tile-7").finish().contains("id=\"tile-7-title\""));
    }

    @Test
    void tableEscapesCellsAndScopesHeaders() {
        DataTable table = new DataTable(
                SvgTest.HOSTILE,
                java.util.List.of("Area", "Value"),
                java.util.List.of(new DataTable.Row(HOSTILE, java.util.List.of(HOSTILE), true)));
        var doc = Xml.parse(table.html());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(
                "col", ((org.w3c.dom.Element) doc.getElementsByTagName("th").item(0)).getAttribute("scope"));
        assertEquals(
                "row", ((org.w3c.dom.Element) doc.getElementsByTagName("th").item(2)).getAttribute("scope"));
        assertEquals(1, doc.getElementsByTagName("caption").getLength());
        assertTrue(table.html().contains("class=\"chosen\""));
    }

    @Test
    void anEmptyTableSaysSo() {
        String html = new DataTable("T", java.util.List.of("Period", "Value"), java.util.List.of()).html();
        Xml.parse(html);
        assertTrue(html.contains("No data"));
    }
}
