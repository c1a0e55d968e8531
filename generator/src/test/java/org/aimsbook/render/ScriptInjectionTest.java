package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content is written by many people and published to more: nothing a writer types may run
 * script in a reader's browser. The site-xss fixture puts {@code <script>}, event handler and
 * {@code javascript:} payloads into titles, text fields, list items, nested records and
 * narrative (raw HTML blocks, {@code pass:[]}, inline passthrough, link and image macros);
 * the whole output is then searched for anything that could run.
 */
class ScriptInjectionTest {
    /** Elements that run, load or redirect: none may come from content. */
    private static final Set<String> ACTIVE = Set.of("script", "iframe", "object", "embed", "form", "base", "style",
            "svg", "math", "frame", "frameset", "applet", "button", "input");

    @TempDir
    static Path temp;
    static Crawl crawl;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = Fixtures.content("site-xss", temp);
        Path out = temp.resolve("out");
        site = Sites.build(content, out, "1.0", Classification.CONFIDENTIAL).published().orElseThrow().folder();
        crawl = new Crawl(out);
    }

    @Test
    void theOnlyScriptsAreTheThemesOwn() {
        List<String> found = new ArrayList<>();
        crawl.pages.forEach((page, document) -> {
            String root = "../".repeat(Math.max(0, crawl.where(page).split("/").length - 2));
            boolean searchPage = isSearchPage(page);
            for (Element script : document.select("script")) {
                String src = script.attr("src");
                boolean theme = src.equals(root + "../versions.js") || src.equals(root + "assets/site.js")
                        || searchPage && src.equals("assets/search.js");
                if (!theme || !script.data().isEmpty()) {
                    found.add(crawl.where(page) + ": " + script.outerHtml());
                }
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void noElementFromContentCanRunOrLoadAnything() {
        List<String> found = new ArrayList<>();
        crawl.pages.forEach((page, document) -> {
            // The search page is the theme's form and results list; no content is rendered into it.
            if (isSearchPage(page)) {
                return;
            }
            for (Element element : document.select("main *")) {
                // Charts are the theme's own inline SVG, drawn from numbers, not from text.
                if (ACTIVE.contains(element.normalName()) && element.closest(".chart") == null) {
                    found.add(crawl.where(page) + ": " + element.outerHtml());
                }
            }
            // The theme's policy in the head, and the front page's redirect, are the only ones.
            for (Element meta : document.select("meta[http-equiv]:not(head > meta[http-equiv=Content-Security-Policy])")) {
                if (!page.equals(crawl.out.resolve("index.html"))) {
                    found.add(crawl.where(page) + ": " + meta.outerHtml());
                }
            }
        });
        assertEquals(List.of(), found);
    }

    /** A version's search page, {@code <version>/search.html}. */
    private static boolean isSearchPage(Path page) {
        return crawl.where(page).matches("[^/]+/search\\.html");
    }

    @Test
    void noEventHandlerAndNoJavascriptUrlInAnyAttribute() {
        List<String> found = new ArrayList<>();
        crawl.pages.forEach((page, document) -> {
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on") || value.contains("javascript:")) {
                        found.add(crawl.where(page) + ": " + element.tagName() + " " + attribute.html());
                    }
                }
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void noPageOrScriptHoldsPayloadMarkupUnescaped() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : Sites.files(crawl.out)) {
            // model.json holds the content as data for the next build to compare with; no browser runs it.
            if (!file.toString().endsWith(".html") && !file.toString().endsWith(".js")) {
                continue;
            }
            String text = Sites.text(file).toLowerCase(Locale.ROOT);
            for (String raw : List.of("<script>", "<img src=x", "<svg onload", "<b onclick", "<iframe", "<style>", "<a href=\"javascript")) {
                if (text.contains(raw)) {
                    found.add(crawl.where(file) + ": " + raw);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void payloadsInFieldsAreShownAsTextNotDropped() {
        Document policy = Sites.page(site.resolve("policies/ai-policy.html"));
        assertEquals("AI policy \"><img src=x onerror=alert(1)>", policy.selectFirst("main h1").text());
        assertEquals("Handbook <script>alert(1)</script>", policy.selectFirst("header .brand a").text());
        assertTrue(policy.title().endsWith("Handbook <script>alert(1)</script>"), policy.title());
        assertEquals("AIMS manager <script>alert(1)</script>", policy.selectFirst("main .fact-owner dd").text());

        Document system = Sites.page(site.resolve("systems/chat-helper.html"));
        assertEquals("<script>alert(1)</script>", system.selectFirst("main .fact-purpose dd").text());
        assertTrue(system.selectFirst("main .fact-suppliers").text().contains("\"><img src=x onerror=alert(1)>"));

        Document soa = Sites.page(site.resolve("soa.html"));
        assertTrue(soa.selectFirst("main").text().contains("<script>alert(1)</script>"), "the exclusion justification");
    }

    @Test
    void narrativeKeepsItsTextAndOrdinaryLinks() {
        Element narrative = Sites.page(site.resolve("policies/ai-policy.html")).selectFirst("main .narrative");
        assertNotNull(narrative.selectFirst("a[href=https://example.com/policy]"), narrative.html());
        assertTrue(narrative.text().contains("a javascript link"), narrative.text());
        assertTrue(narrative.text().contains("bold"), narrative.text());
        assertTrue(narrative.text().contains("code <script>alert('code')</script>"), narrative.text());
    }
}
