package org.aimsbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version's build stamp: read back as written, and never trusted when it is not one. */
class BuildStampTest {
    @TempDir
    Path folder;

    @Test
    void aStampReadsBackAsWritten() throws IOException {
        BuildStamp stamp = new BuildStamp("a".repeat(64), "b".repeat(64), 42);
        stamp.write(folder);
        assertEquals(Optional.of(stamp), BuildStamp.read(folder));
    }

    @Test
    void aMissingCorruptOrForeignStampMeansNoReuse() throws IOException {
        assertEquals(Optional.empty(), BuildStamp.read(folder));
        for (String text : new String[] {"{\"inputs\": \"abc\"", "[1, 2]", "{\"pages\": 3}", "\u0000\u0001binary"}) {
            Files.writeString(folder.resolve(BuildStamp.FILE), text);
            assertEquals(Optional.empty(), BuildStamp.read(folder), text);
        }
    }

    @Test
    void everyInputChangesTheDigest() {
        String base = BuildStamp.inputs("0.1.0", "c", Optional.empty(), "internal", "2026-11-01", Optional.empty());
        assertEquals(base, BuildStamp.inputs("0.1.0", "c", Optional.empty(), "internal", "2026-11-01", Optional.empty()));
        assertNotEquals(base, BuildStamp.inputs("0.2.0", "c", Optional.empty(), "internal", "2026-11-01", Optional.empty()));
        assertNotEquals(base, BuildStamp.inputs("0.1.0", "d", Optional.empty(), "internal", "2026-11-01", Optional.empty()));
        assertNotEquals(base, BuildStamp.inputs("0.1.0", "c", Optional.of("t"), "internal", "2026-11-01", Optional.empty()));
        assertNotEquals(base, BuildStamp.inputs("0.1.0", "c", Optional.empty(), "public", "2026-11-01", Optional.empty()));
        assertNotEquals(base, BuildStamp.inputs("0.1.0", "c", Optional.empty(), "internal", "2026-11-02", Optional.empty()));
        assertNotEquals(base, BuildStamp.inputs("0.1.0", "c", Optional.empty(), "internal", "2026-11-01", Optional.of("0.9")));
    }
}
