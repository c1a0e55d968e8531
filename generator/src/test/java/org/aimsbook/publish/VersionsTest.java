package org.aimsbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aimsbook.BuildOptions;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One output folder through a release history: 1.0, then 1.1 with a changed policy, then 1.0
 * rebuilt with another change, then 2.0-SNAPSHOT. Each step's files are kept to compare.
 */
class VersionsTest {
    @TempDir
    static Path temp;
    static Path content;
    static Path out;
    static Map<String, String> afterOneZero;
    static Map<String, String> afterOneOne;
    static Map<String, String> afterRebuild;
    static Map<String, String> afterSnapshot;

    @BeforeAll
    static void publishAHistory() throws IOException {
        content = Fixtures.content("base", temp);
        out = temp.resolve("out");
        Sites.build(content, out, "1.0", Classification.INTERNAL);
        afterOneZero = Sites.hashes(out);
        retitlePolicy("AI policy, second edition");
        Sites.build(content, out, "1.1", Classification.INTERNAL);
        afterOneOne = Sites.hashes(out);
        retitlePolicy("AI policy, corrected");
        Sites.build(content, out, "1.0", Classification.INTERNAL);
        afterRebuild = Sites.hashes(out);
        Sites.build(content, out, "2.0-SNAPSHOT", Classification.INTERNAL);
        afterSnapshot = Sites.hashes(out);
    }

    @Test
    void eachVersionHasItsOwnFolderShowingItsVersion() {
        for (String version : List.of("1.0", "1.1", "2.0-SNAPSHOT")) {
            Document home = Sites.page(out.resolve(version).resolve("index.html"));
            assertEquals(version, home.body().attr("data-version"));
            assertTrue(home.selectFirst("footer").text().contains("version " + version), home.selectFirst("footer").text());
        }
        assertEquals("AI policy, second edition", Sites.page(out.resolve("1.1/policies/ai-policy.html")).selectFirst("main h1").text());
    }

    @Test
    void latestIsACopyOfTheNewestReleasedVersion() {
        assertEquals(under(afterOneOne, "1.1/"), under(afterOneOne, "latest/"));
        assertEquals(under(afterSnapshot, "1.1/"), under(afterSnapshot, "latest/"), "a snapshot never becomes latest");
    }

    @Test
    void latestSharesTheNewestVersionsFilesInsteadOfCopyingThem() throws IOException {
        Path page = Path.of("policies/ai-policy.html");

        assertTrue(Files.isSameFile(out.resolve("1.1").resolve(page), out.resolve("latest").resolve(page)),
                "latest/ links to 1.1's files");
        assertFalse(Files.isSameFile(out.resolve("1.0").resolve(page), out.resolve("latest").resolve(page)));
        assertTrue(Files.exists(out.resolve("1.1/.aimsbook-version")));
        assertFalse(Files.exists(out.resolve("latest/.aimsbook-version")), "removing the marker from latest/ keeps 1.1's");
    }

    @Test
    void versionsJsonListsEveryVersionNewestFirstWithTheLatest() throws IOException {
        JsonNode versions = new ObjectMapper().readTree(out.resolve("versions.json").toFile());

        assertEquals("1.1", versions.get("latest").asText());
        assertEquals(List.of("2.0-SNAPSHOT", "1.1", "1.0"), versions.get("versions").findValuesAsText("version"));
        assertEquals(List.of("true", "false", "false"), versions.get("versions").findValuesAsText("draft"));
        assertEquals(List.of("2.0-SNAPSHOT/", "1.1/", "1.0/"), versions.get("versions").findValuesAsText("path"));
        String script = Sites.text(out.resolve("versions.js"));
        assertEquals(versions, new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1)));
    }

    @Test
    void frontPageRedirectsToLatest() {
        Document front = Sites.page(out.resolve("index.html"));
        assertEquals("0; url=latest/index.html", front.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("latest/index.html", front.selectFirst("a").attr("href"));
    }

    @Test
    void rebuildingAVersionChangesThatVersionOnly() {
        assertEquals(under(afterOneOne, "1.1/"), under(afterRebuild, "1.1/"));
        assertEquals(under(afterOneOne, "latest/"), under(afterRebuild, "latest/"));
        assertEquals(afterOneOne.get("versions.json"), afterRebuild.get("versions.json"));
        assertNotEquals(afterOneOne.get("1.0/policies/ai-policy.html"), afterRebuild.get("1.0/policies/ai-policy.html"));
        assertEquals("AI policy, corrected", Sites.page(out.resolve("1.0/policies/ai-policy.html")).selectFirst("main h1").text());
    }

    @Test
    void aNewVersionSaysWhatChangedSinceThePreviousOne() {
        Document changes = Sites.page(out.resolve("1.1/changes.html"));

        assertEquals("Changes since version 1.0", changes.selectFirst("main h1").text());
        assertTrue(changes.getElementById("changed").parent().text().contains("AI policy, second edition"),
                changes.getElementById("changed").parent().text());
    }

    @Test
    void versionsThatCannotNameAFolderAreRefusedBeforeAnythingIsWritten() throws IOException {
        for (String version : List.of("../escape", "1.0/../../escape", "a/b", "..", ".", ".hidden", "latest", "a\\b", "1.0 beta", "")) {
            IOException refused = assertThrows(IOException.class, () -> Handbook.load(content).build(
                    new BuildOptions(out, Optional.of(version), Classification.INTERNAL, Optional.empty(), Sites.AS_OF, false)),
                    version);
            assertTrue(refused.getMessage().contains("cannot name a folder"), refused.getMessage());
        }
        assertEquals(afterSnapshot, Sites.hashes(out));
        assertFalse(Files.exists(temp.resolve("escape")));
    }

    @Test
    void anOutputFolderOfDraftsOnlyHasNoLatest() throws IOException {
        Path drafts = temp.resolve("drafts");

        Published published = SitePublisher.publish(drafts, content, "draft", "internal", stage -> Files.writeString(stage.resolve("index.html"), "draft"));

        assertEquals(Optional.empty(), published.latest());
        assertFalse(Files.exists(drafts.resolve("latest")));
        assertEquals("0; url=draft/index.html",
                Sites.page(drafts.resolve("index.html")).selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(new ObjectMapper().readTree(drafts.resolve("versions.json").toFile()).get("latest").isNull());
    }

    @Test
    void versionsOrderByNumberNotByText() {
        List<String> versions = new java.util.ArrayList<>(List.of("1.10", "1.9", "10.0", "2.0", "1.9.1"));
        versions.sort(Versions.ORDER);
        assertEquals(List.of("1.9", "1.9.1", "1.10", "2.0", "10.0"), versions);
    }

    @Test
    void aPreReleaseComesBeforeItsRelease() {
        List<String> versions = new java.util.ArrayList<>(List.of("2.0", "2.0-rc1", "1.10", "2.0-rc2", "2.0.1"));
        versions.sort(Versions.ORDER);
        assertEquals(List.of("1.10", "2.0-rc1", "2.0-rc2", "2.0", "2.0.1"), versions);
        assertEquals(Optional.of("2.0.1"), Versions.latest(versions));
    }

    private static void retitlePolicy(String title) throws IOException {
        Path policy = content.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Sites.text(policy).replaceFirst("(?m)^title: .*$", "title: " + title));
    }

    /** The hashes of the files under one folder of the output, by their path within it. */
    private static Map<String, String> under(Map<String, String> hashes, String folder) {
        Map<String, String> within = new TreeMap<>();
        hashes.forEach((path, hash) -> {
            if (path.startsWith(folder) && !path.equals(folder + Versions.VERSION_MARKER)) {
                within.put(path.substring(folder.length()), hash);
            }
        });
        return within;
    }
}
