package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user theme overrides the default theme's templates and assets by name and adds its own;
 * whatever it does not override stays the default.
 */
class UserThemeTest {
    private static final byte[] FONT = {0, 1, 2, (byte) 0xff};

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void buildWithATheme() throws IOException {
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        // The house layout is the default one with a mark in every page's head.
        Files.writeString(theme.resolve("templates/layout.ftlh"),
                defaultAsset("templates/layout.ftlh").replace("</head>", "<meta name=\"house-theme\" content=\"1\">\n</head>"));
        Files.writeString(theme.resolve("templates/404.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                <h1>Lost in the handbook</h1>
                <p><a href="${page.root}index.html">Back to the start</a></p>
                </@layout.frame>
                """);
        Files.createDirectories(theme.resolve("assets/fonts"));
        Files.writeString(theme.resolve("assets/style.css"), "/* house style */\n");
        Files.writeString(theme.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.write(theme.resolve("assets/fonts/house.woff2"), FONT);

        Path content = Fixtures.content("base", temp);
        site = Sites.build(content, temp.resolve("out"), "1.0", Classification.INTERNAL, Optional.of(theme))
                .published().orElseThrow().folder();
    }

    @Test
    void aTemplateOfTheSameNameReplacesTheDefault() {
        Document missing = Sites.page(site.resolve("404.html"));
        assertEquals("Lost in the handbook", missing.selectFirst("main h1").text());

        for (String path : List.of("index.html", "policies/ai-policy.html", "controls/A.2.2.html", "404.html")) {
            assertNotNull(Sites.page(site.resolve(path)).selectFirst("head meta[name=house-theme]"), path + " uses the house layout");
        }
    }

    @Test
    void templatesItDoesNotOverrideStayTheDefault() {
        Document policy = Sites.page(site.resolve("policies/ai-policy.html"));
        assertEquals("AI policy", policy.selectFirst("main h1").text());
        assertEquals("Referenced by", policy.selectFirst("main .backlinks h2").text());
    }

    @Test
    void assetsOverrideTheDefaultOnesByNameAndAddNewOnes() throws IOException {
        assertEquals("/* house style */\n", Sites.text(site.resolve("assets/style.css")));
        assertEquals(defaultAsset("assets/site.js"), Sites.text(site.resolve("assets/site.js")));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", Sites.text(site.resolve("assets/logo.svg")));
        assertArrayEquals(FONT, Files.readAllBytes(site.resolve("assets/fonts/house.woff2")));
        assertArrayEquals(FONT, Files.readAllBytes(site.resolve("../latest/assets/fonts/house.woff2")));
    }

    private static String defaultAsset(String name) throws IOException {
        try (InputStream in = UserThemeTest.class.getResourceAsStream("/org/aimsbook/theme/default/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
