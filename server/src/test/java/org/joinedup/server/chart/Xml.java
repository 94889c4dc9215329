package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Parses chart output with a DOM parser: anything not well-formed fails the test. */
final class Xml {
    private Xml() {}

    static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** Checks the root is an accessible SVG image and returns it. */
    static Element svg(String text) {
        Element root = parse(text).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertTrue(root.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), "a view box");
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        Element desc = (Element) root.getElementsByTagNameNS("*", "desc").item(0);
        assertEquals(title, firstElement(root), "<title> comes first");
        assertFalse(title.getTextContent().isBlank(), "a title");
        assertFalse(desc.getTextContent().isBlank(), "a description");
        if (root.hasAttribute("aria-labelledby")) {
            assertEquals(root.getAttribute("aria-labelledby"), title.getAttribute("id"));
            assertEquals(root.getAttribute("aria-describedby"), desc.getAttribute("id"));
        } else {
            assertEquals(title.getTextContent(), root.getAttribute("aria-label"));
        }
        assertEquals(0, root.getElementsByTagNameNS("*", "script").getLength(), "no script element");
        return root;
    }

    static String title(String svg) {
        return svg(svg).getElementsByTagNameNS("*", "title").item(0).getTextContent();
    }

    static String desc(String svg) {
        return svg(svg).getElementsByTagNameNS("*", "desc").item(0).getTextContent();
    }

    private static Element firstElement(Element root) {
        for (var n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
