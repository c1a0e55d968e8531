package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.load.ScratchRepository;
import org.aimsbook.model.Classification;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook kept in Git shows on each page when it last changed, by whom and in which commit;
 * and aims.yaml can name the theme, so a content repository carries its own look.
 */
class AimsThemeAndRevisionsTest {
    @TempDir
    static Path temp;
    static Path site;
    static String commit;

    @BeforeAll
    static void buildFromARepository() throws IOException {
        assumeTrue(ScratchRepository.gitInstalled(), "git is not installed");
        Path content = Fixtures.content("base", temp);
        Files.writeString(content.resolve("aims.yaml"), Files.readString(content.resolve("aims.yaml")) + "theme: _theme\n");
        Files.createDirectories(content.resolve("_theme/templates"));
        Files.writeString(content.resolve("_theme/templates/404.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.frame><h1>Not in this handbook</h1></@layout.frame>
                """);
        ScratchRepository repository = ScratchRepository.init(content);
        repository.git("add", ".");
        commit = repository.commit("Publish the first handbook", "Ada Auditor", Instant.parse("2026-05-04T09:00:00Z"));
        site = Sites.build(content, temp.resolve("out"), "1.0", Classification.INTERNAL, Optional.empty())
                .published().orElseThrow().folder();
    }

    @Test
    void aDocumentPageSaysWhenItLastChangedByWhomAndInWhichCommit() {
        Document page = Sites.page(site.resolve("policies/ai-policy.html"));

        assertEquals("Last changed on 2026-05-04 by Ada Auditor in commit " + commit.substring(0, 7)
                + ": Publish the first handbook", page.selectFirst(".revision").text());
    }

    @Test
    void aimsYamlNamesTheThemeWhenTheCommandLineDoesNot() {
        Document missing = Sites.page(site.resolve("404.html"));

        assertEquals("Not in this handbook", missing.selectFirst("main h1").text());
        assertTrue(Files.exists(site.resolve("assets/style.css")), "the default assets are still there");
    }
}
