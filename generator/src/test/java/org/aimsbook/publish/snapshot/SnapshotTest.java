package org.aimsbook.publish.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.aimsbook.BuildOptions;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.SnapshotOptions;
import org.aimsbook.SnapshotReport;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of a content folder outside Git: reproducible to the byte, stamped with the
 * content's own newest date, and every kind of tampering named by {@code verify}.
 */
class SnapshotTest {
    private static final String APPROVED = "2026-03-04";

    @TempDir
    static Path temp;
    static Path content;
    static SnapshotReport first;
    static Path archive;

    @BeforeAll
    static void snapshotTwice() throws IOException {
        content = Fixtures.content("site-editions", temp);
        // The newest date in the content, which stamps a snapshot made outside Git.
        Files.writeString(content.resolve("aims.yaml"), "\napproved: " + APPROVED + "\n", StandardOpenOption.APPEND);
        first = snapshot("first");
        archive = first.archive().orElseThrow();
    }

    static SnapshotReport snapshot(String where) throws IOException {
        return Handbook.load(content).snapshot(new SnapshotOptions(build(where), temp.resolve(where).resolve("archives")));
    }

    private static BuildOptions build(String where) {
        return new BuildOptions(temp.resolve(where).resolve("site"), Optional.of("1.0"), Classification.INTERNAL,
                Optional.empty(), Sites.AS_OF, false);
    }

    @Test
    void aVersionBuiltFromTheSameInputsIsReusedAndArchivesToTheSameBytes() throws IOException {
        assertTrue(Handbook.load(content).build(build("reused")).published().isPresent());
        SnapshotReport reused = snapshot("reused");
        assertTrue(reused.reused());
        assertFalse(first.reused(), "the first snapshot had nothing to reuse");
        assertArrayEquals(Files.readAllBytes(archive), Files.readAllBytes(reused.archive().orElseThrow()));
    }

    @Test
    void aVersionWhosePagesWereEditedSinceItWasBuiltIsBuiltAgain() throws IOException {
        assertTrue(Handbook.load(content).build(build("edited")).published().isPresent());
        Path page = temp.resolve("edited/site/1.0/index.html");
        Files.writeString(page, "<p>EDITED-BY-HAND</p>", StandardOpenOption.APPEND);
        SnapshotReport rebuilt = snapshot("edited");
        assertFalse(rebuilt.reused());
        try (ZipFile zip = new ZipFile(rebuilt.archive().orElseThrow().toFile())) {
            String archived = new String(zip.getInputStream(zip.getEntry("site/index.html")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(archived.contains("EDITED-BY-HAND"));
        }
        assertFalse(Files.readString(page).contains("EDITED-BY-HAND"), "the rebuild replaced the edited page");
    }

    @Test
    void twoSnapshotsOfTheSameContentAndVersionAreByteIdentical() throws IOException {
        SnapshotReport second = snapshot("second");
        assertEquals(archive.getFileName(), second.archive().orElseThrow().getFileName());
        assertArrayEquals(Files.readAllBytes(archive), Files.readAllBytes(second.archive().orElseThrow()));
        assertEquals(first.sha256(), second.sha256());
    }

    @Test
    void theManifestComesFirstAndListsEveryOtherEntryWithItsHash() throws IOException {
        assertTrue(archive.getFileName().toString().matches("aims-[a-z0-9-]+-1\\.0-internal\\.zip"), archive.toString());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals("MANIFEST.json", names.get(0));
            List<String> files = names.subList(1, names.size());
            assertEquals(files.stream().sorted().toList(), files, "entries in name order");
            assertTrue(files.containsAll(List.of("site/index.html", "site/search/meta.js", "handbook.pdf", "soa.pdf", "soa.csv",
                    "oscal/catalog.json", "oscal/ssp.json")), files.toString());
            assertEquals(first.files(), files.size());

            Manifest manifest = Manifest.read(zip.getInputStream(zip.getEntry("MANIFEST.json")).readAllBytes());
            assertEquals(files, List.copyOf(manifest.files().keySet()));
            for (String name : files) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    assertEquals(manifest.files().get(name), ContentDigest.sha256(in), name);
                }
            }
            assertEquals("1.0", manifest.version());
            assertEquals("internal", manifest.edition());
            assertEquals(ContentDigest.of(content), manifest.contentDigest());
            assertEquals(64, manifest.contentDigest().length());
        }
    }

    @Test
    void theContentDigestLeavesOutTheBuildOutputButNotTheFilesBesideIt() throws IOException {
        Path copy = Fixtures.content("base", temp.resolve("digest"));
        String digest = ContentDigest.of(copy);

        Files.createDirectories(copy.resolve("target/handbook"));
        Files.writeString(copy.resolve("target/handbook/index.html"), "<p>built</p>\n");
        assertEquals(digest, ContentDigest.of(copy), "what a build wrote is not content");

        Files.writeString(copy.resolve("pom.xml"), "<project/>\n");
        assertTrue(!digest.equals(ContentDigest.of(copy)), "the pom that builds the content is part of it");
    }

    @Test
    void theOscalPlansEvidenceLinksLeadToPagesInTheArchive() throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            var ssp = new com.fasterxml.jackson.databind.ObjectMapper().readTree(zip.getInputStream(zip.getEntry("oscal/ssp.json")));
            List<String> hrefs = ssp.findValues("href").stream().map(href -> href.asText()).filter(h -> h.startsWith("../")).toList();
            assertTrue(hrefs.size() >= 38, hrefs.toString());
            for (String href : hrefs) {
                String entry = java.net.URI.create("oscal/ssp.json").resolve(href.replaceFirst("#.*", "")).getPath();
                assertTrue(zip.getEntry(entry) != null, href + " → " + entry);
            }
            assertEquals(39, new String(zip.getInputStream(zip.getEntry("soa.csv")).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n").length, "a header and 38 controls");
        }
    }

    @Test
    void outsideGitEveryEntryCarriesTheContentsNewestDate() throws IOException {
        String newest = APPROVED;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                assertEquals(LocalDateTime.parse(newest + "T00:00"), entry.getTimeLocal(), entry.getName());
            }
            Manifest manifest = Manifest.read(zip.getInputStream(zip.getEntry("MANIFEST.json")).readAllBytes());
            assertEquals(newest + "T00:00:00Z", manifest.created());
            assertEquals(Optional.empty(), manifest.sourceCommit());
        }
    }

    @Test
    void anUntouchedSnapshotIsIntact() throws IOException {
        Verification verification = SnapshotVerifier.verify(archive);
        assertTrue(verification.intact(), verification.toString());
        assertEquals(first.sha256(), verification.archiveSha256());
    }

    @Test
    void anAddedFileIsNamed() throws IOException {
        Path tampered = rewrite("added", name -> true, "site/extra.html", "<p>not from the build</p>");
        Verification verification = SnapshotVerifier.verify(tampered);
        assertEquals(List.of("site/extra.html"), verification.added());
        assertEquals(List.of(), verification.missing());
        assertEquals(List.of(), verification.altered());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path tampered = rewrite("missing", name -> !name.equals("site/index.html"), null, null);
        Verification verification = SnapshotVerifier.verify(tampered);
        assertEquals(List.of("site/index.html"), verification.missing());
        assertEquals(List.of(), verification.added());
        assertEquals(List.of(), verification.altered());
    }

    @Test
    void anAlteredFileIsNamed() throws IOException {
        Path tampered = rewrite("altered", name -> !name.equals("site/index.html"), "site/index.html", "<p>rewritten</p>");
        Verification verification = SnapshotVerifier.verify(tampered);
        assertEquals(List.of("site/index.html"), verification.altered());
        assertEquals(List.of(), verification.missing());
        assertEquals(List.of(), verification.added());
    }

    @Test
    void aSecondEntryOfOneNameCountsAsAltered() throws IOException {
        // Zip writers refuse duplicate names, so the duplicate is written under a name of the
        // same length and renamed in the bytes, as a hand-crafted archive would be.
        Path tampered = rewrite("twice", name -> true, "site/indeX.html", "<p>shadow</p>");
        byte[] bytes = Files.readAllBytes(tampered);
        byte[] from = "site/indeX.html".getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at <= bytes.length - from.length; at++) {
            if (java.util.Arrays.equals(bytes, at, at + from.length, from, 0, from.length)) {
                bytes[at + 9] = 'x';
            }
        }
        Files.write(tampered, bytes);
        assertEquals(List.of("site/index.html"), SnapshotVerifier.verify(tampered).altered());
    }

    @Test
    void aRewrittenManifestChangesTheManifestsOwnDigest() throws IOException {
        Path tampered = rewrite("manifest", name -> !name.equals("MANIFEST.json"), "MANIFEST.json",
                new String(readEntry("MANIFEST.json"), StandardCharsets.UTF_8).replace("\"1.0\"", "\"1.1\""));
        Verification verification = SnapshotVerifier.verify(tampered);
        assertEquals("1.1", verification.manifest().version());
        assertTrue(!verification.manifestSha256().equals(SnapshotVerifier.verify(archive).manifestSha256()));
        assertTrue(!verification.archiveSha256().equals(first.sha256()), "the separately handed-over digest catches it");
    }

    @Test
    void anArchiveWithoutManifestOrNotAZipCannotBeVerified() throws IOException {
        Path stripped = rewrite("stripped", name -> !name.equals("MANIFEST.json"), null, null);
        IOException noManifest = assertThrows(IOException.class, () -> SnapshotVerifier.verify(stripped));
        assertTrue(noManifest.getMessage().contains("has no MANIFEST.json"), noManifest.getMessage());
        Path text = Files.writeString(temp.resolve("not-a.zip"), "hello");
        IOException notZip = assertThrows(IOException.class, () -> SnapshotVerifier.verify(text));
        assertTrue(notZip.getMessage().contains("is not a zip archive"), notZip.getMessage());
    }

    @Test
    void aFailedSnapshotLeavesNoPartialArchive() throws IOException {
        Path folder = archive.getParent();
        try (var files = Files.list(folder)) {
            assertEquals(List.of(archive.getFileName().toString()), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static byte[] readEntry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    /** A copy of the archive keeping the entries {@code keep} accepts, then adding one. */
    private static Path rewrite(String name, Predicate<String> keep, String added, String text) throws IOException {
        Path copy = temp.resolve(name + ".zip");
        try (ZipFile zip = new ZipFile(archive.toFile()); OutputStream out = Files.newOutputStream(copy);
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            for (ZipEntry entry : entries) {
                if (keep.test(entry.getName())) {
                    rewritten.putNextEntry(new ZipEntry(entry.getName()));
                    zip.getInputStream(entry).transferTo(rewritten);
                }
            }
            if (added != null) {
                rewritten.putNextEntry(new ZipEntry(added));
                rewritten.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return copy;
    }
}
