package org.aimsbook.publish.jbake;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimsbook.render.Findable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One JBake content file: a rendered page's headers and its finished HTML. JBake's {@code .html}
 * content files are taken as they are, so the body JBake publishes is the body aimsbook
 * converted, sanitised and linked; it lands at the same path, so its relative links still hold.
 *
 * @param path the page within the version folder, and the content file within {@code content/}
 * @param title the page's heading
 * @param date the day the page's document was last reviewed, approved or made effective
 * @param type the JBake document type: the page's kind, or {@code page}
 * @param tags the page's facets, such as {@code type-policy} or {@code owner-aims-manager}
 * @param scripts scripts the page runs besides the site's own, relative to the site's root
 * @param body the breadcrumbs and the page's main content, as HTML
 */
record ContentFile(String path, String title, LocalDate date, String type, List<String> tags, List<String> scripts,
        String body) {
    /** The type of pages that are no document of the handbook: dashboard, lists, registers. */
    static final String PAGE = "page";
    /** The script every page runs, which the layout template names. */
    static final String SITE_SCRIPT = "assets/site.js";
    /** The header naming a page's further scripts, read by the layout template. */
    static final String SCRIPTS_HEADER = "aimsbook_scripts";

    ContentFile {
        tags = List.copyOf(tags);
        scripts = List.copyOf(scripts);
    }

    /**
     * @param page the rendered page, parsed
     * @param findable what search knows of it, when it is a document's or a control's page
     */
    static ContentFile of(String path, Document page, Optional<Findable> findable, LocalDate date) {
        // As the render stage wrote it: re-indenting could change what a <pre> shows.
        page.outputSettings().prettyPrint(false);
        Element main = page.selectFirst("main");
        if (main == null) {
            throw new IllegalStateException(path + " has no <main>: the theme's layout must wrap each page's content in one");
        }
        StringBuilder body = new StringBuilder();
        Element crumbs = page.selectFirst("nav.breadcrumbs");
        if (crumbs != null) {
            body.append(crumbs.outerHtml()).append('\n');
        }
        body.append(main.html()).append('\n');
        Element heading = main.selectFirst("h1");
        String title = findable.map(Findable::title).orElse(heading != null ? heading.text() : page.title());
        List<String> tags = new ArrayList<>();
        findable.ifPresent(f -> {
            tags.add(tag("type", f.typeKey()));
            f.owner().ifPresent(owner -> tags.add(tag("owner", owner)));
            f.status().ifPresent(status -> tags.add(tag("status", status)));
        });
        return new ContentFile(path, title, date, findable.map(Findable::typeKey).orElse(PAGE), tags, scripts(path, page),
                body.toString());
    }

    /** The page's own scripts, relative to the site's root; those outside the version folder are left behind. */
    private static List<String> scripts(String path, Document page) {
        URI base = URI.create(path);
        return page.select("script[src]").stream()
                .map(script -> base.resolve(script.attr("src")).normalize().toString())
                .filter(src -> !src.startsWith("../") && !src.contains(":") && !src.equals(SITE_SCRIPT))
                .toList();
    }

    /** A tag JBake can name a file after: lower case, words joined by dashes, no commas. */
    static String tag(String facet, String value) {
        String words = value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return facet + "-" + words;
    }

    /** The file's text: JBake's headers, its header separator, then the body. */
    String text() {
        StringBuilder text = new StringBuilder()
                .append("title=").append(line(title)).append('\n')
                .append("date=").append(date).append('\n')
                .append("type=").append(type).append('\n')
                // Published whatever the document's own state: JBake bakes drafts under another name.
                .append("status=published\n");
        if (!tags.isEmpty()) {
            text.append("tags=").append(String.join(",", tags)).append('\n');
        }
        if (!scripts.isEmpty()) {
            text.append(SCRIPTS_HEADER).append('=').append(String.join(",", scripts)).append('\n');
        }
        return text.append(JBakeProperties.SEPARATOR).append('\n').append(body).toString();
    }

    /** A header value on one line: JBake reads a header per line. */
    private static String line(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
