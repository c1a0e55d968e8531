package org.aimsbook.render;

import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Finishes converted narrative for one page: resolves reference placeholders into relative
 * links (or plain text, where the edition hides the target), then keeps only safe markup.
 * Asciidoctor passes raw HTML, {@code pass:[]} and {@code javascript:} links through in every
 * safe mode, so nothing converted reaches a page without this.
 */
final class Fragments {
    /** Relative links are kept against this stand-in base; it never appears in output. */
    private static final String BASE = "https://aimsbook.invalid/";
    private static final Safelist SAFE = Safelist.relaxed()
            .addAttributes(":all", "class", "id")
            .addAttributes("a", "title")
            .preserveRelativeLinks(true);

    private Fragments() {
    }

    /**
     * @param html the converter's output
     * @param page the path of the page it goes on, within the version folder
     */
    static String finish(String html, String page, Links links) {
        Document fragment = Jsoup.parseBodyFragment(html, BASE);
        for (Element anchor : fragment.select("a[href^=" + RefMacro.SCHEME + "]")) {
            String reference = anchor.attr("href").substring(RefMacro.SCHEME.length());
            int colon = reference.indexOf(':');
            RefKind kind = RefKind.ofPrefix(reference.substring(0, colon)).orElseThrow();
            String id = reference.substring(colon + 1);
            String written = anchor.text();
            Ref ref = new Ref(kind, id, Position.startOf(""));
            links.target(ref).ifPresentOrElse(target -> {
                anchor.attr("href", PagePaths.relative(page, target.page()));
                anchor.addClass("ref").addClass("ref-" + kind.prefix());
                if (written.isEmpty()) {
                    anchor.text(target.label());
                }
            // No page to lead to: a clause reads "clause 5.2 AI policy"; a document the edition
            // leaves out reads as its id, as Links labels what it cannot see.
            }, () -> anchor.replaceWith(new TextNode(written.isEmpty() ? links.label(ref) : written)));
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        return Jsoup.clean(fragment.body().html(), BASE, SAFE, output);
    }
}
