package org.aimsbook.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
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

    /** A reference placeholder as the converter writes it into an href. */
    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(RefMacro.SCHEME) + "([^\"'\\s<>]+)");

    private Fragments() {
    }

    /**
     * What {@link #finish} makes of {@code html} depends on, besides the HTML and the page: where
     * each reference in it leads and what it is called, as the edition sees them. Finished HTML
     * kept under the same HTML, page and references is what finishing again would give.
     */
    static String references(String html, Links links) {
        StringBuilder seen = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(html);
        while (placeholder.find()) {
            Ref ref = ref(Parser.unescapeEntities(placeholder.group(1), true));
            seen.append(links.target(ref).map(target -> target.page() + "\0" + target.label()).orElseGet(() -> "\0\0" + links.label(ref)))
                    .append('\n');
        }
        return seen.toString();
    }

    private static Ref ref(String reference) {
        return Ref.ofTarget(reference, Position.startOf("")).orElseThrow();
    }

    /**
     * @param html the converter's output
     * @param page the path of the page it goes on, within the version folder
     */
    static String finish(String html, String page, Links links) {
        Document fragment = Jsoup.parseBodyFragment(html, BASE);
        for (Element anchor : fragment.select("a[href^=" + RefMacro.SCHEME + "]")) {
            Ref ref = ref(anchor.attr("href").substring(RefMacro.SCHEME.length()));
            RefKind kind = ref.kind();
            String written = anchor.text();
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
