package org.aimsbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live site, updated in place page by page after each change, ends up byte for byte as a
 * fresh build of the same content: the pages a change reaches are exactly those it rewrites.
 */
class LiveSiteTest {
    @TempDir
    Path temp;
    private Path content;
    private Path out;

    @BeforeEach
    void copyTheExample() throws IOException {
        content = temp.resolve("content");
        Fixtures.copy(Sites.EXAMPLE, content);
        out = temp.resolve("site");
    }

    @Test
    void editsUpdateTheVersionAsAFreshBuildWould() throws IOException {
        try (LiveSite site = LiveSite.open(content, Sites.options(out))) {
            update(site);

            // A title every role page's backlinks and many documents' owner fields show.
            edit("roles/aims-manager.yaml", "title: AIMS Manager", "title: AI Management System Lead");
            update(site);
            assertSameAsFreshBuild("a role renamed");
            assertTrue(Sites.text(out.resolve("1.0/policies/ai-documentation-standard.html")).contains("AI Management System Lead"));

            // A risk's title, shown where a narrative names it with risk:…[] on another document's page.
            edit("assessments/candidate-screening-risk.adoc", "title: Recruiters rely on the ranking instead of reading applications",
                    "title: Recruiters trust the ranking without reading applications");
            update(site);
            assertSameAsFreshBuild("a risk renamed");

            // A new document, then the same document gone again.
            Files.writeString(content.resolve("policies/model-retirement.adoc"), """
                    ---
                    id: model-retirement
                    title: Model Retirement Procedure
                    kind: procedure
                    version: "1.0"
                    owner: role:ml-engineering-lead
                    approver: role:aims-manager
                    approved: 2026-03-02
                    effective: 2026-03-16
                    last_review: 2026-09-30
                    next_review: 2027-09-30
                    controls: [control:A.6.2.6]
                    ---
                    = Model Retirement Procedure

                    The role:ml-engineering-lead[] retires a model only after its users were told.
                    """);
            update(site);
            assertSameAsFreshBuild("a policy added");
            assertTrue(Files.exists(out.resolve("latest/policies/model-retirement.html")));
            Files.delete(content.resolve("policies/model-retirement.adoc"));
            update(site);
            assertSameAsFreshBuild("a policy removed");
            assertFalse(Files.exists(out.resolve("1.0/policies/model-retirement.html")));
            assertFalse(Files.exists(out.resolve("latest/policies/model-retirement.html")));
        }
    }

    @Test
    void aNarrativeEditRewritesItsPageAndLeavesUnrelatedPagesAlone() throws IOException {
        try (LiveSite site = LiveSite.open(content, Sites.options(out))) {
            update(site);
            Path unrelated = out.resolve("1.0/data/support-tickets.html");
            Object before = Files.readAttributes(unrelated, BasicFileAttributes.class).fileKey();
            Path policy = out.resolve("1.0/policies/concern-reporting.html");
            Object policyBefore = Files.readAttributes(policy, BasicFileAttributes.class).fileKey();

            Files.writeString(content.resolve("policies/concern-reporting.adoc"),
                    "\nA sentence added while the preview runs.\n", java.nio.file.StandardOpenOption.APPEND);
            BuildReport report = update(site);

            assertEquals(1, report.converted(), "only the edited narrative is converted");
            assertTrue(Sites.text(policy).contains("A sentence added while the preview runs."));
            assertTrue(Sites.text(out.resolve("latest/policies/concern-reporting.html")).contains("A sentence added while the preview runs."));
            assertNotEquals(policyBefore, Files.readAttributes(policy, BasicFileAttributes.class).fileKey(),
                    "a changed page is replaced, never written in place");
            assertEquals(before, Files.readAttributes(unrelated, BasicFileAttributes.class).fileKey(), "an unrelated page is left alone");
            assertSameAsFreshBuild("a narrative edited");
        }
    }

    @Test
    void aFailedCheckKeepsTheVersionAndTheNextPassingEditContinuesFromIt() throws IOException {
        try (LiveSite site = LiveSite.open(content, Sites.options(out))) {
            update(site);
            Map<String, String> good = Sites.hashes(out.resolve("1.0"));
            edit("roles/aims-manager.yaml", "owner: role:executive-board", "owner: role:no-such-role");

            BuildReport failed = site.update();

            assertTrue(failed.published().isEmpty());
            assertTrue(failed.check().text().contains("REF-UNKNOWN"), failed.check().text());
            assertEquals(good, Sites.hashes(out.resolve("1.0")), "a failed check writes nothing");
            edit("roles/aims-manager.yaml", "owner: role:no-such-role", "owner: role:executive-board");
            edit("roles/aims-manager.yaml", "title: AIMS Manager", "title: AIMS Lead");
            update(site);
            assertSameAsFreshBuild("fixed, then renamed");
        }
    }

    @Test
    void anAbandonedIndexIsMadeWholeByTheNextOne() throws IOException {
        try (LiveSite site = LiveSite.open(content, Sites.options(out))) {
            update(site);
            edit("roles/aims-manager.yaml", "title: AIMS Manager", "title: Head of AI Governance");
            assertTrue(site.update().published().isPresent());

            assertFalse(site.index(() -> true), "given up at once");
            assertFalse(Sites.text(out.resolve("1.0/search/meta.js")).isEmpty());
            assertFalse(Files.exists(out.getParent().resolve(".aimsbook-cache/site/search/.building-1.0")),
                    "the abandoned Lucene index is dropped");

            assertTrue(site.index(() -> false));
            assertTrue(site.index(() -> true), "nothing left to index");
            assertSameAsFreshBuild("an abandoned index made whole");
        }
    }

    private BuildReport update(LiveSite site) throws IOException {
        BuildReport report = site.update();
        assertTrue(report.published().isPresent(), report.check().text());
        site.index();
        return report;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Compares every file of the live version, and of latest/, with a fresh build's; the build stamp aside. */
    private void assertSameAsFreshBuild(String after) throws IOException {
        Path fresh = temp.resolve("fresh-" + after.replace(' ', '-'));
        Sites.build(content, fresh, "1.0", Sites.options(out).edition());
        for (String folder : new String[] {"1.0", "latest"}) {
            Map<String, String> expected = withoutStamp(Sites.hashes(fresh.resolve(folder)));
            Map<String, String> live = withoutStamp(Sites.hashes(out.resolve(folder)));
            assertEquals(expected.keySet(), live.keySet(), after + ": the same files in " + folder);
            Map<String, String> differing = new TreeMap<>();
            expected.forEach((name, hash) -> {
                if (!hash.equals(live.get(name))) {
                    differing.put(name, hash);
                }
            });
            assertEquals(Map.of(), differing, after + ": files in " + folder + " differing from a fresh build");
        }
    }

    private static Map<String, String> withoutStamp(Map<String, String> hashes) {
        Map<String, String> kept = new TreeMap<>(hashes);
        kept.remove(BuildStamp.FILE);
        return kept;
    }
}
