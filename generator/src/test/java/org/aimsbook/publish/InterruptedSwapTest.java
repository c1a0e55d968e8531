package org.aimsbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed between the two renames of a swap leaves a version, or {@code latest/}, moved
 * aside with nothing in its place; the next build puts it back before it publishes.
 */
class InterruptedSwapTest {
    @TempDir
    Path temp;

    @Test
    void aFolderLeftAsideWithNothingInItsPlaceIsPutBackByTheNextBuild() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        Sites.build(content, out, "1.0", Classification.INTERNAL);
        Map<String, String> version = Sites.hashes(out.resolve("1.0"));
        Map<String, String> latest = Sites.hashes(out.resolve("latest"));
        // As a kill right after the first rename of a swap leaves them.
        Files.move(out.resolve("1.0"), out.resolve(".replaced-1.0"));
        Files.move(out.resolve("latest"), out.resolve(".replaced-latest"));

        Sites.build(content, out, "1.1-draft", Classification.INTERNAL);

        assertEquals(version, Sites.hashes(out.resolve("1.0")), "1.0 is back as it was");
        assertEquals(latest, Sites.hashes(out.resolve("latest")), "latest/ still shows 1.0: a draft does not take it");
        assertFalse(Files.exists(out.resolve(".replaced-1.0")));
        assertFalse(Files.exists(out.resolve(".replaced-latest")));
    }

    @Test
    void aFolderLeftAsideWhoseReplacementArrivedIsDeleted() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        Sites.build(content, out, "1.0", Classification.INTERNAL);
        Map<String, String> version = Sites.hashes(out.resolve("1.0"));
        // As a kill between the second rename and deleting what was moved aside leaves it.
        Files.createDirectories(out.resolve(".replaced-1.0/policies"));
        Files.writeString(out.resolve(".replaced-1.0/policies/old.html"), "<p>the version before</p>");

        Sites.build(content, out, "1.1", Classification.INTERNAL);

        assertFalse(Files.exists(out.resolve(".replaced-1.0")));
        assertEquals(version, Sites.hashes(out.resolve("1.0")));
    }
}
