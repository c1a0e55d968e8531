package org.aimsbook.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The words of a written page as search sees them: the text of its {@code <main>}, cut into
 * sections at its headings so a result can link to the section that matched.
 *
 * @param sections the page's sections in reading order; the first, before any heading, has
 *                 an empty anchor and heading
 */
record PageText(List<Section> sections) {
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Drawings and code carry no prose: chart labels would only repeat the numbers around them. */
    private static final Set<String> SKIPPED = Set.of("h1", "svg", "script", "style", "template");

    /** A part of a page under one heading. */
    record Section(String anchor, String heading, String text) {
    }

    static PageText read(Path page) throws IOException {
        Element main = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("main");
        List<Section> sections = new ArrayList<>();
        if (main != null) {
            NodeTraversor.traverse(new Cutter(sections), main);
        }
        return new PageText(List.copyOf(sections));
    }

    /** The headings of the page, one after another. */
    String headings() {
        return sections.stream().map(Section::heading).filter(h -> !h.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** The text of the page, headings left out. */
    String body() {
        return sections.stream().map(Section::text).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** Walks the page, starting a section at every heading and keeping block boundaries as spaces. */
    private static final class Cutter implements NodeVisitor {
        private final List<Section> sections;
        private final StringBuilder text = new StringBuilder();
        private String anchor = "";
        private String heading = "";
        private Node skipping;

        Cutter(List<Section> sections) {
            this.sections = sections;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (HEADINGS.contains(tag)) {
                    close();
                    anchor = element.id();
                    heading = element.text();
                    skipping = node;
                } else if (SKIPPED.contains(tag)) {
                    skipping = node;
                } else if (!element.tag().isInline() || tag.equals("br")) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == skipping) {
                skipping = null;
            } else if (skipping == null && node instanceof Element element && !element.tag().isInline()) {
                text.append(' ');
            }
            if (depth == 0) {
                close();
            }
        }

        private void close() {
            String words = text.toString().replaceAll("\\s+", " ").strip();
            if (!words.isEmpty() || !heading.isEmpty()) {
                sections.add(new Section(anchor, heading, words));
            }
            text.setLength(0);
            anchor = "";
            heading = "";
        }
    }
}
