package org.aimsbook.render;

import java.util.List;

/**
 * One labelled field of a document as a page shows it: "Owner: AIMS manager".
 *
 * @param key the YAML key, for CSS and tests
 * @param label the field as readers call it
 * @param items the values
 */
public record Fact(String key, String label, List<Item> items) {

    public Fact {
        items = List.copyOf(items);
    }

    /**
     * A value: plain text, a link, or a group of facts (a risk, a finding, a model).
     *
     * @param kind {@code text}, {@code link} or {@code group}, for templates to switch on
     * @param text what is shown (a group's caption)
     * @param href where a link leads, relative to the page
     * @param anchor a group's id, so that links such as {@code #risk-x} land on it
     * @param facts a group's fields
     */
    public record Item(String kind, String text, String href, String anchor, List<Fact> facts) {

        public Item {
            facts = List.copyOf(facts);
        }

        /** Not named {@code text}: FreeMarker would then see a method where templates read the component. */
        public static Item plain(String text) {
            return new Item("text", text, null, null, List.of());
        }

        public static Item link(String text, String href) {
            return new Item("link", text, href, null, List.of());
        }

        static Item group(String caption, String anchor, List<Fact> facts) {
            return new Item("group", caption, null, anchor, facts);
        }
    }
}
