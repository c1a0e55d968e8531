package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's flow on the command line: snapshot, hand over, verify. */
class SnapshotCommandTest {
    @TempDir
    static Path temp;
    static MainTest.Run snapshot;
    static Path archive;

    @BeforeAll
    static void snapshot() throws IOException {
        Path content = Fixtures.content("site-pages", temp);
        snapshot = MainTest.run("snapshot", content.toString(), "-o", temp.resolve("handover").toString(), "--site",
                temp.resolve("site").toString(), "--version", "1.0", "--as-of", Sites.AS_OF.toString());
        try (var files = Files.list(temp.resolve("handover"))) {
            archive = files.findFirst().orElseThrow();
        }
    }

    @Test
    void snapshotNamesTheArchiveAndItsDigest() {
        assertEquals(0, snapshot.exit(), snapshot.err());
        assertTrue(snapshot.out().contains("built version 1.0"), snapshot.out());
        assertTrue(snapshot.out().contains("archived ") && snapshot.out().contains(archive.toString()), snapshot.out());
        assertTrue(snapshot.out().lines().anyMatch(line -> line.matches("sha256 [0-9a-f]{64}  aims-.*-1\\.0-internal\\.zip  .*")),
                snapshot.out());
    }

    @Test
    void verifyPassesAnUntouchedArchive() {
        MainTest.Run verify = MainTest.run("verify", archive.toString());
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().contains("version 1.0, internal edition"), verify.out());
        assertTrue(verify.out().strip().endsWith("intact: every file matches the manifest"), verify.out());
    }

    @Test
    void verifyFailsAndNamesAnAlteredFile() throws IOException {
        Path tampered = temp.resolve("tampered.zip");
        try (ZipFile zip = new ZipFile(archive.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("site/index.html")) {
                    out.write("<p>edited after the audit</p>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
            }
        }
        MainTest.Run verify = MainTest.run("verify", tampered.toString());
        assertEquals(1, verify.exit());
        assertTrue(verify.out().contains("altered: site/index.html"), verify.out());
        assertTrue(verify.out().contains("NOT INTACT: 1 file differs from the manifest"), verify.out());
    }

    @Test
    void verifyOfSomethingElseIsAOneLineError() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.zip"), "not an archive");
        MainTest.Run verify = MainTest.run("verify", text.toString());
        assertEquals(2, verify.exit());
        assertTrue(verify.err().startsWith("aimsbook: ") && verify.err().contains("is not a zip archive"), verify.err());
        assertEquals(1, verify.err().strip().lines().count(), verify.err());
    }
}
