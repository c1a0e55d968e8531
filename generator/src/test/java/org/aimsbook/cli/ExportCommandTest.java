package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @Test
    void oscalWritesCatalogAndPlanIntoTheFolder(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("oscal");

        MainTest.Run run = MainTest.run("export", "oscal", Sites.EXAMPLE.toString(), "-o", out.toString(),
                "--version", "2.1", "--edition", "public", "--as-of", "2026-11-27");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("exported version 2.1 (public edition)"), run.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("catalog.json", "ssp.json"),
                    files.map(file -> file.getFileName().toString()).sorted().toList(), "no temporary files left behind");
        }
        assertTrue(Files.readString(out.resolve("ssp.json")).contains("\"version\" : \"2.1\""));
    }

    @Test
    void soaCsvIntoAnExistingFolderIsNamedSoaCsv(@TempDir Path temp) {
        MainTest.Run run = MainTest.run("export", "soa-csv", Sites.EXAMPLE.toString(), "-o", temp.toString(),
                "--as-of", "2026-11-27", "--quiet");

        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(temp.resolve("soa.csv")), run.out());
        assertFalse(run.out().contains("exported"), "quiet: " + run.out());
    }

    @Test
    void jbakeWritesAProjectAndRefusesAFolderOfOtherFilesOnOneLine(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("jbake");

        MainTest.Run run = MainTest.run("export", "jbake", Fixtures.folder("base").toString(), "-o", out.toString(),
                "--version", "1.0", "--as-of", "2026-11-27");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("exported version 1.0 (internal edition) to " + out), run.out());
        assertTrue(Files.readString(out.resolve("content/policies/ai-policy.html")).startsWith("title="));
        Path theirs = Files.createDirectories(temp.resolve("theirs"));
        Files.writeString(theirs.resolve("notes.txt"), "mine");

        MainTest.Run refused = MainTest.run("export", "jbake", Fixtures.folder("base").toString(), "-o", theirs.toString());

        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("holds files aimsbook did not write"), refused.err());
    }

    @Test
    void missingOutputIsAUsageErrorOnOneLine(@TempDir Path temp) {
        MainTest.Run run = MainTest.run("export", "oscal", Sites.EXAMPLE.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Missing required option: '--out=OUT'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void helpNeedsNoOutput() {
        MainTest.Run run = MainTest.run("export", "soa-csv", "--help");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("--edition"), run.out());
    }

    @Test
    void exportWithoutAFormatIsAUsageError() {
        MainTest.Run run = MainTest.run("export");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("name a format"), run.err());
    }

    @Test
    void contentErrorsExportNothing(@TempDir Path temp) throws IOException {
        Path content = Fixtures.content("soa-control-missing", temp);
        Path out = temp.resolve("soa.csv");

        MainTest.Run run = MainTest.run("export", "soa-csv", content.toString(), "-o", out.toString());

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("nothing exported"), run.out());
        assertFalse(Files.exists(out));
    }
}
