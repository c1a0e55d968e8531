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
import org.aimsbook.BuildOptions;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped {@code -o} must never cost anyone a file: aimsbook writes only into folders it
 * created and marked (or empty ones), and never into, around or over the content it reads.
 * Refusals come before anything is rendered, so these builds are quick.
 */
class OutputFolderSafetyTest {
    @TempDir
    Path temp;
    Path content;
    Map<String, String> contentBefore;

    @BeforeEach
    void copyContent() throws IOException {
        content = Fixtures.content("base", temp);
        contentBefore = Sites.hashes(content);
    }

    @Test
    void refusesAFolderHoldingFilesItDidNotWrite() throws IOException {
        Path out = temp.resolve("documents");
        Files.createDirectories(out.resolve("thesis"));
        Files.writeString(out.resolve("thesis/chapter-1.txt"), "years of work\n");
        Files.writeString(out.resolve("index.html"), "<p>someone's page</p>\n");
        Map<String, String> before = Sites.hashes(out);

        IOException refused = assertThrows(IOException.class, () -> build(out));

        assertTrue(refused.getMessage().contains("did not write"), refused.getMessage());
        assertEquals(before, Sites.hashes(out), "nothing written, changed or deleted, not even the marker");
    }

    @Test
    void refusesAnOutputFolderInsideTheContent() throws IOException {
        for (Path out : new Path[] {content.resolve("site"), content.resolve("policies"), content.resolve("policies/new/site"),
            content.resolve("policies/target")}) {
            IOException refused = assertThrows(IOException.class, () -> build(out), out.toString());
            assertTrue(refused.getMessage().contains("overlaps the content"), refused.getMessage());
        }
        assertFalse(Files.exists(content.resolve("site")));
        assertFalse(Files.exists(content.resolve("policies/new")));
        assertEquals(contentBefore, Sites.hashes(content));
    }

    @Test
    void publishesIntoTheContentsBuildOutputWhichIsNotReadAsContent() throws IOException {
        List<Diagnostic> before = Handbook.load(content).check(new CheckOptions(Sites.AS_OF, false)).diagnostics().all();
        Path out = content.resolve("target/handbook");

        build(out);
        // What Maven keeps at the top of a content folder that is a Maven project.
        Files.writeString(content.resolve("pom.xml"), "<project/>\n");
        Files.writeString(content.resolve("target/stray.yaml"), "id: stray\n");

        assertTrue(Files.isRegularFile(out.resolve("1.0/index.html")));
        assertEquals(before, Handbook.load(content).check(new CheckOptions(Sites.AS_OF, false)).diagnostics().all());
    }

    @Test
    void refusesAnOutputFolderHoldingTheContentOrTheContentItself() throws IOException {
        for (Path out : new Path[] {temp, content, content.resolve("policies/..")}) {
            IOException refused = assertThrows(IOException.class, () -> build(out), out.toString());
            assertTrue(refused.getMessage().contains("overlaps the content"), refused.getMessage());
        }
        assertEquals(contentBefore, Sites.hashes(content));
    }

    @Test
    void refusesALinkThatLeadsIntoTheContent() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("shortcut"), content.resolve("policies"));

        IOException refused = assertThrows(IOException.class, () -> build(link.resolve("site")));

        assertTrue(refused.getMessage().contains("overlaps the content"), refused.getMessage());
        assertEquals(contentBefore, Sites.hashes(content));
    }

    @Test
    void refusesAFile() throws IOException {
        Path out = Files.writeString(temp.resolve("notes.txt"), "notes\n");

        assertThrows(IOException.class, () -> build(out));

        assertEquals("notes\n", Sites.text(out));
    }

    @Test
    void claimsAnEmptyFolderAndWritesIntoItsOwnFolderAgain() throws IOException {
        Path out = Files.createDirectories(temp.resolve("empty"));

        SitePublisher.publish(out, content, "1.0", "internal", stage -> Files.writeString(stage.resolve("index.html"), "1.0"));
        SitePublisher.publish(out, content, "1.1", "internal", stage -> Files.writeString(stage.resolve("index.html"), "1.1"));

        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
        assertEquals("1.1", Sites.text(out.resolve("latest/index.html")));
    }

    @Test
    void refusesToMixEditionsInOneFolder() throws IOException {
        Path out = Files.createDirectories(temp.resolve("editions"));
        SitePublisher.publish(out, content, "1.0", "internal", stage -> Files.writeString(stage.resolve("index.html"), "internal"));

        IOException refused = assertThrows(IOException.class, () -> SitePublisher.publish(out, content, "1.1", "confidential",
                stage -> Files.writeString(stage.resolve("index.html"), "confidential")));

        assertTrue(refused.getMessage().contains("holds the internal edition"), refused.getMessage());
        assertFalse(Files.exists(out.resolve("1.1")), "nothing of the other edition is written");
        assertEquals("internal", Sites.text(out.resolve("latest/index.html")));
    }

    private void build(Path out) throws IOException {
        Handbook.load(content).build(new BuildOptions(out, Optional.of("1.0"), Classification.INTERNAL, Optional.empty(),
                Sites.AS_OF, false));
    }
}
