package org.aimsbook.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads chart output the way the tests look at it: as a parsed tree, not as a string. */
final class Svgs {
    private Svgs() {
    }

    /**
     * Parses {@code svg} strictly with the JDK's XML parser first, since jsoup forgives malformed
     * markup, then returns jsoup's tree for its selectors.
     */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document strict = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertEquals("svg", strict.getDocumentElement().getLocalName());
            assertEquals(Svg.NAMESPACE, strict.getDocumentElement().getNamespaceURI());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(1, document.children().size(), "one root element");
        return document;
    }

    static Element root(Document document) {
        return document.child(0);
    }

    /** The words of every {@code <text>}, in document order. */
    static List<String> texts(Document document) {
        return document.select("text").eachText();
    }

    /**
     * Checks the root is named and described by its own title and desc, scales to its
     * container, and has the expected role.
     */
    static void assertAccessible(Document document, String idPrefix, String title, String description, String role) {
        Element svg = root(document);
        assertEquals(role, svg.attr("role"));
        assertEquals(idPrefix + "-title " + idPrefix + "-desc", svg.attr("aria-labelledby"));
        Element first = svg.child(0);
        assertEquals("title", first.tagName(), "title comes first");
        assertEquals(idPrefix + "-title", first.id());
        assertEquals(title, first.wholeText());
        Element desc = svg.child(1);
        assertEquals("desc", desc.tagName());
        assertEquals(idPrefix + "-desc", desc.id());
        assertEquals(description, desc.wholeText());
        assertEquals("100%", svg.attr("width"));
        assertTrue(svg.attr("viewBox").matches("0 0 \\d+\\.\\d \\d+\\.\\d"), svg.attr("viewBox"));
        assertTrue(!svg.hasAttr("height"), "no fixed height");
    }

    /** Browsers parse inline SVG with the HTML parser: check that reading too. */
    static void assertNoScript(String svg) {
        assertTrue(parse(svg).select("script").isEmpty(), "script element in XML tree");
        assertTrue(Jsoup.parse("<!doctype html><body>" + svg + "</body>").select("script").isEmpty(),
                "script element in HTML tree");
    }
}
