package org.aimsbook.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live version is changed file by file, each changed file replaced whole and never written in
 * place, so that a file it shares with {@code latest/} or an older version is never altered.
 */
class LiveFilesTest {
    @TempDir
    Path temp;

    @Test
    void aChangedFileIsReplacedInTheVersionAndItsMirrorAndTheOldInodeIsUntouched() throws IOException {
        Path version = temp.resolve("1.0");
        Path latest = temp.resolve("latest");
        write(version.resolve("policies/ai-policy.html"), "<p>old</p>");
        Files.createDirectories(latest.resolve("policies"));
        Files.createLink(latest.resolve("policies/ai-policy.html"), version.resolve("policies/ai-policy.html"));
        // Someone else holding the old file, as an older version's hard link would.
        Path elsewhere = temp.resolve("shared.html");
        Files.createLink(elsewhere, version.resolve("policies/ai-policy.html"));
        LiveFiles files = new LiveFiles(version, List.of(latest));

        files.write("policies/ai-policy.html", bytes("<p>new</p>"));

        assertEquals("<p>new</p>", Files.readString(version.resolve("policies/ai-policy.html")));
        assertEquals("<p>new</p>", Files.readString(latest.resolve("policies/ai-policy.html")));
        assertTrue(Files.isSameFile(version.resolve("policies/ai-policy.html"), latest.resolve("policies/ai-policy.html")));
        assertEquals("<p>old</p>", Files.readString(elsewhere), "the old file was replaced, not written into");
        assertEquals(Set.of("policies/ai-policy.html"), files.changed());
        try (var names = Files.list(version.resolve("policies"))) {
            assertEquals(List.of("ai-policy.html"), names.map(path -> path.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void theSameBytesLeaveTheFileAlone() throws IOException {
        Path version = temp.resolve("1.0");
        write(version.resolve("roles/dpo.html"), "<p>same</p>");
        Object before = Files.readAttributes(version.resolve("roles/dpo.html"), BasicFileAttributes.class).fileKey();
        LiveFiles files = new LiveFiles(version, List.of());

        files.write("roles/dpo.html", bytes("<p>same</p>"));

        assertEquals(before, Files.readAttributes(version.resolve("roles/dpo.html"), BasicFileAttributes.class).fileKey());
        assertEquals(Set.of(), files.changed());
    }

    @Test
    void whatARoundDidNotWriteUnderAFolderIsRemovedFromTheVersionAndItsMirror() throws IOException {
        Path version = temp.resolve("1.0");
        Path latest = temp.resolve("latest");
        for (Path folder : List.of(version, latest)) {
            write(folder.resolve("search/w0.js"), "words");
            write(folder.resolve("search/w1.js"), "more words");
            write(folder.resolve("index.html"), "home");
        }
        LiveFiles files = new LiveFiles(version, List.of(latest));
        files.forget();

        files.write("search/w0.js", bytes("words"));
        files.removeUnwritten("search/");

        for (Path folder : List.of(version, latest)) {
            assertTrue(Files.exists(folder.resolve("search/w0.js")));
            assertFalse(Files.exists(folder.resolve("search/w1.js")), "a shard no longer made is gone from " + folder);
            assertTrue(Files.exists(folder.resolve("index.html")), "files outside the folder are left alone");
        }
        assertEquals(Set.of("search/w1.js"), files.changed());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
