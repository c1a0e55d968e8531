package org.aimsbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails, for whatever reason and at whatever stage, leaves the published site
 * exactly as it was: every file of every version, latest/ and versions.json byte for byte,
 * and nothing half-built beside them.
 */
class FailedBuildTest {
    @TempDir
    static Path shared;
    static Path content;
    static Path published;

    @TempDir
    Path temp;
    Path out;
    Map<String, String> before;

    @BeforeAll
    static void publishVersionOne() throws IOException {
        content = Fixtures.content("base", shared);
        published = shared.resolve("published");
        Sites.build(content, published, "1.0", Classification.INTERNAL);
    }

    /** Each test fails a build against its own copy of the published site. */
    @BeforeEach
    void copyThePublishedSite() throws IOException {
        out = temp.resolve("out");
        OutputFolder.copyTree(published, out);
        before = Sites.hashes(out);
    }

    @Test
    void aThemeTemplateThatFailsLeavesTheSiteAsItWas() throws IOException {
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/document.ftlh"), "<p>${noSuchVariable}</p>\n");

        Exception failure = assertThrows(Exception.class, () -> build("1.0", Optional.of(theme)));

        assertTrue(failure.getMessage().contains("document.ftlh"), failure.getMessage());
        assertUnchanged();
    }

    @Test
    void anUnwritableThemeAssetLeavesTheSiteAsItWas() throws IOException {
        // The theme's style.css is a folder: copying it over the default's file fails on disk.
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("assets/style.css"));
        Files.writeString(theme.resolve("assets/style.css/extra.css"), "body {}\n");

        assertThrows(IOException.class, () -> build("1.0", Optional.of(theme)));

        assertUnchanged();
    }

    @Test
    void contentThatFailsTheCheckPublishesNothing() throws IOException {
        Path broken = Fixtures.content("ref-unknown-owner", temp);

        BuildReport report = Handbook.load(broken).build(options("1.0", Optional.empty()));

        assertFalse(report.check().passed());
        assertEquals(Optional.empty(), report.published());
        assertUnchanged();
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheSiteAsItWas() throws IOException {
        IOException failure = new IOException("disk full");

        IOException thrown = assertThrows(IOException.class, () -> SitePublisher.publish(out, content, "1.0", "internal", stage -> {
            Files.writeString(stage.resolve("index.html"), "half a site");
            Files.createDirectories(stage.resolve("policies"));
            throw failure;
        }));

        assertEquals(failure, thrown.getCause());
        assertEquals("cannot write version 1.0 into " + out + ": disk full", thrown.getMessage());
        assertUnchanged();
    }

    @Test
    void aFailedNewVersionIsNotPublished() throws IOException {
        assertThrows(IllegalStateException.class, () -> SitePublisher.publish(out, content, "1.1", "internal", stage -> {
            Files.writeString(stage.resolve("index.html"), "half a site");
            throw new IllegalStateException("template failed");
        }));

        assertUnchanged();
        assertFalse(Files.exists(out.resolve("1.1")));
    }

    @Test
    void leftoversOfACrashedBuildAreNotPublishedAsVersions() throws IOException {
        // A build killed after staging (or while deleting the folder it replaced) leaves these.
        for (String leftover : List.of(".building-0.9", ".replaced-1.0")) {
            Files.createDirectories(out.resolve(leftover));
            Files.writeString(out.resolve(leftover).resolve(Versions.VERSION_MARKER), "0.9\n");
        }
        Files.createDirectories(out.resolve(".building-1.1/policies"));

        Published published = SitePublisher.publish(out, content, "1.1", "internal", stage -> Files.writeString(stage.resolve("index.html"), "1.1"));

        assertEquals(List.of("1.0", "1.1"), published.versions());
        assertFalse(Sites.text(out.resolve("versions.json")).contains(".building"), Sites.text(out.resolve("versions.json")));
        assertFalse(Sites.text(out.resolve("versions.json")).contains(".replaced"), Sites.text(out.resolve("versions.json")));
        assertFalse(Files.exists(out.resolve(".building-1.1")), "the version's own stage is reused and moved into place");
    }

    private void build(String version, Optional<Path> theme) throws IOException {
        Handbook.load(content).build(options(version, theme));
    }

    private BuildOptions options(String version, Optional<Path> theme) {
        return new BuildOptions(out, Optional.of(version), Classification.INTERNAL, theme, Sites.AS_OF, false);
    }

    /** Every file as it was, and no staging folder left beside the versions. */
    private void assertUnchanged() throws IOException {
        assertEquals(before, Sites.hashes(out));
        try (Stream<Path> entries = Files.list(out)) {
            List<String> names = entries.map(entry -> entry.getFileName().toString()).sorted().toList();
            assertEquals(List.of(".aimsbook-output", "1.0", "index.html", "latest", "versions.js", "versions.json"), names);
        }
    }
}
