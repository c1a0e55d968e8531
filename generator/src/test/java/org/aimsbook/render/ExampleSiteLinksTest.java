package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aimsbook.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls everything one build of the example content writes: every relative link and source
 * must lead to a file inside the output, and every {@code #anchor} to an element of that page.
 * The output folder is crawled whole, so {@code latest/}, the version switcher's
 * {@code ../versions.js} and the front page's redirect are followed too.
 */
class ExampleSiteLinksTest {
    @TempDir
    static Path temp;
    static Crawl crawl;

    @BeforeAll
    static void build() throws IOException {
        crawl = Crawl.ofExample(temp.resolve("out"), "2.1");
    }

    @Test
    void everyRelativeLinkLeadsToAFileInsideTheOutput() {
        assertEquals(List.of(), crawl.brokenLinks());
        assertTrue(crawl.pages.size() > 200, crawl.pages.size() + " pages");
        assertTrue(crawl.followed() > crawl.pages.size() * 10, "the crawl followed " + crawl.followed() + " links");
    }

    @Test
    void everyAnchorExistsOnItsPage() {
        assertEquals(List.of(), crawl.brokenAnchors());
    }

    @Test
    void versionSwitcherScriptAndFrontPageRedirectExist() throws IOException {
        assertTrue(Files.isRegularFile(crawl.out.resolve("versions.js")));
        assertTrue(Sites.text(crawl.out.resolve("versions.js")).startsWith("window.AIMSBOOK_VERSIONS = {"));
        Document front = crawl.pages.get(crawl.out.resolve("index.html"));
        String refresh = front.selectFirst("meta[http-equiv=refresh]").attr("content");
        assertEquals("latest/index.html", refresh.substring(refresh.indexOf("url=") + 4));
    }

    @Test
    void everyPageHasATitleOneHeadingAndUniqueIds() {
        List<String> wrong = new ArrayList<>();
        crawl.pages.forEach((page, document) -> {
            if (page.equals(crawl.out.resolve("index.html"))) {
                return;
            }
            if (document.title().isBlank() || document.select("h1").size() != 1) {
                wrong.add(crawl.where(page) + ": title `" + document.title() + "`, " + document.select("h1").size() + " h1");
            }
            Set<String> ids = new HashSet<>();
            for (Element element : document.select("[id]")) {
                if (!ids.add(element.id())) {
                    wrong.add(crawl.where(page) + ": id `" + element.id() + "` twice");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }
}
