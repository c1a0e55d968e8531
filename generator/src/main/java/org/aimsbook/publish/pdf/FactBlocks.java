package org.aimsbook.publish.pdf;

import java.util.List;
import org.aimsbook.model.Document;
import org.aimsbook.render.Fact;

/**
 * A document's structured facts as AsciiDoc, as its site page shows them: plain fields as a
 * description list, groups (risks, findings, models) under headings of their own that stay
 * out of the table of contents.
 */
final class FactBlocks {
    /** AsciiDoc has no heading below level 5; deeper groups share it. */
    private static final int DEEPEST = 5;
    private static final String GROUP = "group";
    private static final String LINK = "link";

    private final Document document;
    private final StringBuilder source;

    private FactBlocks(Document document, StringBuilder source) {
        this.document = document;
        this.source = source;
    }

    /**
     * Appends the facts of {@code document}.
     *
     * @param level the section level of the first headings: one below the document's own
     */
    static void append(StringBuilder source, Document document, List<Fact> facts, int level) {
        new FactBlocks(document, source).facts(facts, level, null, null);
    }

    /** Plain fields first, as one list under the group's caption, then the groups. */
    private void facts(List<Fact> facts, int level, String anchor, String caption) {
        List<Fact> fields = facts.stream().filter(fact -> !grouped(fact)).toList();
        if (!fields.isEmpty()) {
            fields(fields, anchor, caption);
        } else if (caption != null) {
            heading(level, anchor, caption);
        }
        for (Fact fact : facts) {
            if (grouped(fact)) {
                heading(level, null, fact.label());
                for (Fact.Item item : fact.items()) {
                    group(item, level + 1);
                }
            }
        }
    }

    /** A group with groups of its own gets a heading; one with fields only, a captioned list. */
    private void group(Fact.Item item, int level) {
        String anchor = item.anchor() == null ? null : Anchors.group(document, item.anchor());
        String caption = item.text() == null || item.text().isBlank() ? null : item.text();
        if (item.facts().stream().anyMatch(FactBlocks::grouped)) {
            heading(level, anchor, caption == null ? "" : caption);
            facts(item.facts(), level + 1, null, null);
        } else {
            facts(item.facts(), level, anchor, caption);
        }
    }

    private void fields(List<Fact> fields, String anchor, String caption) {
        anchor(anchor);
        source.append("[horizontal]\n");
        if (caption != null) {
            source.append('.').append(AsciiDocText.inline(caption)).append('\n');
        }
        for (Fact fact : fields) {
            source.append(AsciiDocText.inline(fact.label())).append("::");
            if (fact.items().size() == 1) {
                source.append(' ').append(value(fact.items().get(0))).append('\n');
            } else {
                source.append('\n');
                fact.items().forEach(item -> source.append("* ").append(value(item)).append('\n'));
            }
        }
        source.append('\n');
    }

    private void heading(int level, String anchor, String text) {
        anchor(anchor);
        source.append("[discrete]\n").append("=".repeat(Math.min(level, DEEPEST) + 1)).append(' ').append(AsciiDocText.inline(text)).append("\n\n");
    }

    /** A block anchor line: the {@code #id} shorthand would read the dot in a group's anchor as a role. */
    private void anchor(String anchor) {
        if (anchor != null) {
            source.append("[[").append(anchor).append("]]\n");
        }
    }

    private static String value(Fact.Item item) {
        String text = AsciiDocText.inline(item.text());
        // Links are made by Targets: "#" and the anchor of a section or row in the same PDF.
        return LINK.equals(item.kind()) ? "<<" + item.href().substring(1) + "," + text + ">>" : text;
    }

    private static boolean grouped(Fact fact) {
        return fact.items().stream().anyMatch(item -> GROUP.equals(item.kind()));
    }
}
