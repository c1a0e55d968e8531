package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page a build writes carries a Content-Security-Policy meta tag, so that a published
 * site (on any static host, or opened from {@code file://}) runs only its own scripts, even
 * should markup ever slip past the sanitiser. The theme itself must then need nothing the
 * policy refuses: no inline script or style, no event-handler or style attribute.
 */
class ContentSecurityPolicyTest {
    @TempDir
    static Path temp;
    static Crawl crawl;

    @BeforeAll
    static void build() throws IOException {
        crawl = Crawl.ofExample(temp.resolve("out"), "1.0");
    }

    @Test
    void everyPageDeclaresItsPolicyBeforeAnythingItLoads() {
        assertTrue(crawl.pages.size() > 100, "the example site's pages, latest/ and the front page: " + crawl.pages.size());
        List<String> wrong = new ArrayList<>();
        crawl.pages.forEach((page, document) -> {
            List<Element> policies = document.select("meta[http-equiv=Content-Security-Policy]");
            Element first = document.head().children().stream()
                    .filter(element -> !element.is("meta[charset]")).findFirst().orElseThrow();
            // A policy governs only what the parser meets after it.
            if (policies.size() != 1 || first != policies.get(0)) {
                wrong.add(crawl.where(page) + ": " + document.head().children().stream().limit(3).map(Element::outerHtml).toList());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theThemesPolicyLetsOnlyTheSitesOwnFilesRunOrStyle() {
        Map<String, String> policy = policy(crawl.pages.get(crawl.out.resolve("1.0/search.html")));

        assertEquals("'self'", policy.get("default-src"));
        assertEquals("'self'", policy.get("script-src"));
        assertEquals("'self'", policy.get("style-src"));
        assertEquals("'none'", policy.get("object-src"));
        assertEquals("'none'", policy.get("base-uri"));
        assertEquals("'self'", policy.get("form-action"));
        crawl.pages.forEach((page, document) -> assertFalse(
                document.select("meta[http-equiv=Content-Security-Policy]").attr("content").matches(".*(unsafe-|\\*|data:|http).*"),
                crawl.where(page)));
    }

    @Test
    void theFrontPageThatLeadsToTheNewestVersionMayRunNothing() {
        Map<String, String> policy = policy(crawl.pages.get(crawl.out.resolve("index.html")));

        assertEquals("'none'", policy.get("default-src"));
        assertEquals("'self'", policy.get("img-src"));
    }

    @Test
    void noPageNeedsWhatThePolicyRefuses() {
        List<String> inline = new ArrayList<>();
        crawl.pages.forEach((page, document) -> {
            document.select("script, style").stream()
                    .filter(element -> element.is("style") || !element.hasAttr("src") || !element.data().isBlank())
                    .forEach(element -> inline.add(crawl.where(page) + ": " + element.outerHtml()));
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (name.equals("style") || name.startsWith("on") || attribute.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                        inline.add(crawl.where(page) + ": " + element.tagName() + " " + attribute.html());
                    }
                }
            }
        });
        assertEquals(List.of(), inline);
    }

    /** The page's policy as directive -> its sources. */
    private static Map<String, String> policy(Document page) {
        String content = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        return Arrays.stream(content.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1]));
    }
}
