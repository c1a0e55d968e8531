package org.aimsbook.render.chart;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What both charts share: an SVG document written through the JDK's {@link XMLStreamWriter}, so
 * that escaping of labels, titles and hrefs is the XML library's job and never string pasting;
 * the accessible root element; number formatting; and the legend.
 */
final class Svg {
    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    static final int LEGEND_ROW = 20;

    // The built-in factory, not newFactory(): another StAX implementation on the class path
    // (Woodstox, say) could quote or order output differently, and charts must be byte-identical.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    // ids and class names end up in aria-labelledby and class lists, which split on spaces.
    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    // Browsers read whatever precedes a colon that comes before any / ? # as a scheme (javascript:, https:).
    private static final Pattern SCHEME = Pattern.compile("^[^/?#]*:");

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    private Svg() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK cannot write XML to a string", e);
        }
    }

    /**
     * Opens the root {@code <svg>} with its {@code <title>} and {@code <desc>}, which name and
     * describe it through {@code aria-labelledby}.
     *
     * <p>The role is {@code img} unless the chart holds links: children of an {@code img} are
     * presentational, so screen readers would not reach links inside it while the keyboard
     * still stops on them. Such charts are a {@code group} instead, named the same way.
     */
    static Svg open(String idPrefix, String chartClass, double width, double height, boolean hasLinks,
            String title, String description) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (idPrefix == null || !ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("idPrefix must be a letter followed by letters, digits, - or _: " + idPrefix);
        }
        Svg svg = new Svg();
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        svg.start("svg");
        svg.call(() -> svg.xml.writeDefaultNamespace(NAMESPACE));
        svg.attributes(
                "class", "chart " + chartClass,
                "viewBox", "0 0 " + num(width) + " " + num(height),
                // No pixel size: the chart fills its container and keeps the viewBox's proportions.
                "width", "100%",
                "role", hasLinks ? "group" : "img",
                "aria-labelledby", titleId + " " + descId,
                "font-size", "12");
        svg.start("title", "id", titleId).text(title).end();
        svg.start("desc", "id", descId).text(description).end();
        return svg;
    }

    /** Opens an element; {@code attributes} are name, value pairs, and a null value leaves that attribute out. */
    Svg start(String element, String... attributes) {
        call(() -> xml.writeStartElement(element));
        return attributes(attributes);
    }

    /** An element without content. */
    Svg empty(String element, String... attributes) {
        call(() -> xml.writeEmptyElement(element));
        return attributes(attributes);
    }

    /** Text content, escaped by the writer. */
    Svg text(String content) {
        call(() -> xml.writeCharacters(clean(content)));
        return this;
    }

    /** A {@code <text>} element holding {@code content}. */
    Svg label(String content, String... attributes) {
        return start("text", attributes).text(content).end();
    }

    /** A {@code <title>}: the tooltip and accessible name of the element it is the first child of. */
    Svg title(String content) {
        return start("title").text(content).end();
    }

    Svg end() {
        call(xml::writeEndElement);
        return this;
    }

    /** Closes every open element and returns the markup. */
    String finish() {
        call(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return out.toString();
    }

    private Svg attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String value = pairs[i + 1];
            if (value != null) {
                call(() -> xml.writeAttribute(name, clean(value)));
            }
        }
        return this;
    }

    private interface XmlCall {
        void run() throws XMLStreamException;
    }

    private void call(XmlCall call) {
        try {
            call.run();
        } catch (XMLStreamException e) {
            // Writing to a StringWriter cannot fail on I/O; this is a programming error.
            throw new IllegalStateException("could not write SVG", e);
        }
    }

    /** Coordinates with one fixed decimal in the root locale, so output never depends on the machine. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Rounds to the one decimal {@link #num} writes, for edges that must meet exactly. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * Replaces characters XML 1.0 cannot hold (control characters, lone surrogates) with U+FFFD.
     * The writer escapes markup but passes these through, which would make the SVG unreadable.
     */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int length = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.appendCodePoint(allowed ? c : 0xFFFD);
            }
            i += length;
        }
        return cleaned == null ? text : cleaned.toString();
    }

    /**
     * Returns {@code href} if it is a relative reference, such as {@code soa.html#A.6} or
     * {@code /risks/}, and throws otherwise. Charts link only within the handbook; refusing
     * schemes keeps {@code javascript:} and other sites out, and refusing whitespace, control
     * characters and backslashes closes the ways browsers let those hide.
     */
    static String href(String href) {
        if (href.isEmpty()) {
            throw new IllegalArgumentException("href is empty; pass null for no link");
        }
        boolean hidden = href.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || c == '\\');
        if (hidden || SCHEME.matcher(href).find() || href.startsWith("//")) {
            throw new IllegalArgumentException("href must be a relative path within the handbook: " + href);
        }
        return href;
    }

    /** Checks a caller's key before it becomes part of a class list. */
    static String className(String key) {
        if (key == null || !CLASS_NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be letters, digits, - or _ (it becomes a CSS class): " + key);
        }
        return key;
    }

    /** One legend entry: a swatch with the shape's classes and fallback fill, and its words. */
    record Swatch(String classes, String fill, String label) {
    }

    /** Where the legend puts each swatch: {@code x} within the row, and the row counted from 0. */
    record Placed(Swatch swatch, double x, int row) {
    }

    /**
     * Lays the legend out left to right, wrapping when the next entry would pass {@code width}.
     * Charts place it before drawing because its height goes into the viewBox.
     */
    static List<Placed> placeLegend(List<Swatch> swatches, double width) {
        List<Placed> placed = new ArrayList<>();
        double x = 0;
        int row = 0;
        for (Swatch swatch : swatches) {
            double entry = 18 + textWidth(swatch.label(), 12) + 16;
            if (x > 0 && x + entry > width) {
                x = 0;
                row++;
            }
            placed.add(new Placed(swatch, x, row));
            x += entry;
        }
        return placed;
    }

    /** The height a placed legend takes. */
    static double legendHeight(List<Placed> legend) {
        return legend.isEmpty() ? 0 : (legend.get(legend.size() - 1).row() + 1) * LEGEND_ROW;
    }

    /** Draws a placed legend with its first row at {@code top}. */
    Svg legend(List<Placed> legend, double top) {
        if (legend.isEmpty()) {
            return this;
        }
        start("g", "class", "chart-legend");
        for (Placed placed : legend) {
            double y = top + placed.row() * LEGEND_ROW;
            empty("rect", "class", placed.swatch().classes(), "x", num(placed.x()), "y", num(y + 3),
                    "width", num(12), "height", num(12), "fill", placed.swatch().fill());
            label(placed.swatch().label(), "class", "chart-legend-label", "x", num(placed.x() + 18), "y", num(y + 14),
                    "fill", "currentColor");
        }
        return end();
    }

    /**
     * A rough width of {@code text} at {@code fontSize}: fonts come from the page, so layout can
     * only estimate, and an estimate from the text alone keeps output deterministic.
     */
    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * 0.6;
    }
}
