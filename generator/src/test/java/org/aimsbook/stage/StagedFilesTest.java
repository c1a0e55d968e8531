package org.aimsbook.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staged file shares the replaced version's file only when its bytes are exactly the same. */
class StagedFilesTest {
    @TempDir
    Path temp;

    @Test
    void theSameBytesAreSharedAndOthersWrittenAfresh() throws IOException {
        Path replaced = temp.resolve("1.0");
        write(replaced.resolve("roles/dpo.html"), "<p>same</p>");
        write(replaced.resolve("policies/ai-policy.html"), "<p>old</p>");
        StagedFiles stage = new StagedFiles(temp.resolve(".building-1.0"), Optional.of(replaced));

        stage.write("roles/dpo.html", bytes("<p>same</p>"));
        stage.write("policies/ai-policy.html", bytes("<p>new</p>"));
        stage.write("systems/new.html", bytes("<p>first</p>"));

        Path staged = stage.folder();
        assertTrue(Files.isSameFile(staged.resolve("roles/dpo.html"), replaced.resolve("roles/dpo.html")));
        assertFalse(Files.isSameFile(staged.resolve("policies/ai-policy.html"), replaced.resolve("policies/ai-policy.html")));
        assertEquals("<p>new</p>", Files.readString(staged.resolve("policies/ai-policy.html")));
        assertEquals("<p>old</p>", Files.readString(replaced.resolve("policies/ai-policy.html")), "the old version is untouched");
        assertEquals("<p>first</p>", Files.readString(staged.resolve("systems/new.html")));
    }

    @Test
    void aLinkPlantedInTheOutputIsNeverTakenIn() throws IOException {
        Path outside = write(temp.resolve("outside/secret.html"), "<p>same</p>");
        Path replaced = temp.resolve("1.0");
        Files.createDirectories(replaced);
        Files.createSymbolicLink(replaced.resolve("index.html"), outside);
        StagedFiles stage = new StagedFiles(temp.resolve(".building-1.0"), Optional.of(replaced));

        stage.write("index.html", bytes("<p>same</p>"));

        Path staged = stage.folder().resolve("index.html");
        assertFalse(Files.isSymbolicLink(staged));
        assertFalse(Files.isSameFile(staged, outside));
        assertEquals("<p>same</p>", Files.readString(staged));
    }

    @Test
    void aFreshStageSharesNothing() throws IOException {
        StagedFiles stage = StagedFiles.fresh(temp.resolve("stage"));

        stage.write("a/b/c.html", bytes("<p>c</p>"));

        assertEquals("<p>c</p>", Files.readString(temp.resolve("stage/a/b/c.html")));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
