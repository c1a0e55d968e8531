package org.aimsbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each content file's last commit and the repository's name for its state, read with git. */
class GitHistoryTest {
    private static final Instant MARCH = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-02T14:30:00Z");

    @TempDir
    Path temp;

    private ScratchRepository repository;

    @BeforeAll
    static void gitIsInstalled() {
        assumeTrue(ScratchRepository.gitInstalled(), "git is not installed here");
    }

    @BeforeEach
    void newRepository() throws IOException {
        repository = ScratchRepository.init(temp.resolve("repository"));
    }

    @Test
    void eachFileHasTheCommitThatLastChangedIt() throws IOException {
        repository.add("policies/ai-policy.adoc", "= AI policy\n");
        String first = repository.commit("Write the AI policy", "Ada", MARCH);
        repository.add("risks/bias.yaml", "id: bias\n");
        String second = repository.commit("Assess the bias risk", "Grace Hopper", APRIL);

        Map<String, Revision> changes = GitHistory.lastChanges(repository.root());

        assertEquals(Map.of(
                "policies/ai-policy.adoc", new Revision(first, repository.git("rev-parse", "--short", first), "Ada", MARCH, "Write the AI policy"),
                "risks/bias.yaml", new Revision(second, repository.git("rev-parse", "--short", second), "Grace Hopper", APRIL, "Assess the bias risk")),
                changes);
    }

    @Test
    void aFileChangedTwiceHasTheLaterCommit() throws IOException {
        repository.add("policies/ai-policy.adoc", "= AI policy\n");
        repository.add("scope.yaml", "id: scope\n");
        repository.commit("Write the policy and the scope", "Ada", MARCH);
        repository.write("policies/ai-policy.adoc", "= AI policy\n\nRevised.\n");
        String revision = repository.commit("Revise the AI policy", "Grace", APRIL);

        Map<String, Revision> changes = GitHistory.lastChanges(repository.root());

        assertEquals(revision, changes.get("policies/ai-policy.adoc").commit());
        assertEquals("Revise the AI policy", changes.get("policies/ai-policy.adoc").subject());
        assertEquals(MARCH, changes.get("scope.yaml").when());
    }

    @Test
    void pathsAreRelativeToAContentFolderInsideTheRepository() throws IOException {
        repository.add("README.md", "# Handbook\n");
        repository.add("docs/content/scope.yaml", "id: scope\n");
        repository.add("docs/content/policies/ai-policy.adoc", "= AI policy\n");
        repository.add("docs/other/notes.adoc", "= Notes\n");
        repository.commit("Start the handbook", "Ada", MARCH);
        repository.write("README.md", "# Handbook, revised\n");
        repository.commit("Revise the read-me", "Grace", APRIL);

        Map<String, Revision> changes = GitHistory.lastChanges(repository.root().resolve("docs/content"));

        assertEquals(List.of("policies/ai-policy.adoc", "scope.yaml"), List.copyOf(changes.keySet()));
        assertEquals("Start the handbook", changes.get("scope.yaml").subject());
    }

    @Test
    void nonAsciiFileNamesComeOutVerbatim() throws IOException {
        repository.add("richtlinien/KI-Richtlinie für Ärzte.adoc", "= KI-Richtlinie\n");
        repository.add("方針/ai.yaml", "id: ai\n");
        repository.commit("Übersetzung der Richtlinie", "Zoë Ångström", MARCH);

        Map<String, Revision> changes = GitHistory.lastChanges(repository.root());

        assertEquals(List.of("richtlinien/KI-Richtlinie für Ärzte.adoc", "方針/ai.yaml"), List.copyOf(changes.keySet()));
        assertEquals("Zoë Ångström", changes.get("方針/ai.yaml").author());
        assertEquals("Übersetzung der Richtlinie", changes.get("方針/ai.yaml").subject());
    }

    @Test
    void filesNotInTheLastCommitHaveNoEntry() throws IOException {
        repository.add("scope.yaml", "id: scope\n");
        repository.add("retired.yaml", "id: retired\n");
        String kept = repository.commit("Write the scope", "Ada", MARCH);
        repository.git("rm", "-q", "retired.yaml");
        repository.commit("Retire a document", "Ada", APRIL);
        repository.write("draft.yaml", "id: draft\n");
        repository.add("staged.yaml", "id: staged\n");
        repository.write("scope.yaml", "id: scope\ntitle: changed, not committed\n");

        Map<String, Revision> changes = GitHistory.lastChanges(repository.root());

        assertEquals(List.of("scope.yaml"), List.copyOf(changes.keySet()));
        assertEquals(kept, changes.get("scope.yaml").commit());
    }

    @Test
    void theWritersLogSettingsDoNotChangeTheHistory() throws IOException {
        repository.git("config", "log.showRoot", "false");
        repository.git("config", "log.follow", "true");
        repository.git("config", "color.ui", "always");
        repository.add("scope.yaml", "id: scope\n");
        String root = repository.commit("Write the scope", "Ada", MARCH);

        assertEquals(root, GitHistory.lastChanges(repository.root()).get("scope.yaml").commit());
    }

    @Test
    void aRepositoryWithoutCommitsHasNoHistory() throws IOException {
        repository.add("scope.yaml", "id: scope\n");

        assertEquals(Map.of(), GitHistory.lastChanges(repository.root()));
        assertEquals(Optional.empty(), GitHistory.describe(repository.root()));
        assertEquals(Optional.empty(), GitHistory.lastCommit(repository.root()));
    }

    @Test
    void theLastCommitIsTheLastThatChangedTheContentFolder() throws IOException {
        repository.add("content/scope.yaml", "id: scope\n");
        String content = repository.commit("Write the scope", "Ada", MARCH);
        repository.add("README.md", "# Handbook\n");
        repository.commit("Add a read-me", "Grace", APRIL);

        Revision last = GitHistory.lastCommit(repository.root().resolve("content")).orElseThrow();
        assertEquals(content, last.commit());
        assertEquals(MARCH, last.when());
        assertEquals(APRIL, GitHistory.lastCommit(repository.root()).orElseThrow().when());
    }

    @Test
    void outsideARepositoryBothAreEmpty() throws IOException {
        Path content = Files.createDirectories(temp.resolve("plain/content"));
        Files.writeString(content.resolve("scope.yaml"), "id: scope\n");
        assumeFalse(insideARepository(content), "the temporary folder is itself inside a repository");

        assertEquals(Map.of(), GitHistory.lastChanges(content));
        assertEquals(Optional.empty(), GitHistory.describe(content));
    }

    @Test
    void describeNamesTheTagAndWhatHappenedSince() throws IOException {
        repository.add("scope.yaml", "id: scope\n");
        repository.commit("Write the scope", "Ada", MARCH);
        repository.git("tag", "v1.0");

        assertEquals(Optional.of("v1.0"), GitHistory.describe(repository.root()));

        repository.write("scope.yaml", "id: scope\ntitle: Scope\n");
        assertEquals(Optional.of("v1.0-dirty"), GitHistory.describe(repository.root()));

        String next = repository.commit("Title the scope", "Ada", APRIL);
        assertEquals(Optional.of("v1.0-1-g" + repository.git("rev-parse", "--short", next)), GitHistory.describe(repository.root()));
    }

    @Test
    void describeWithoutTagsIsTheShortHash() throws IOException {
        repository.add("scope.yaml", "id: scope\n");
        String commit = repository.commit("Write the scope", "Ada", MARCH);

        assertEquals(Optional.of(repository.git("rev-parse", "--short", commit)), GitHistory.describe(repository.root()));
    }

    @Test
    void withoutGitBothAreEmpty() throws IOException {
        repository.add("scope.yaml", "id: scope\n");
        repository.commit("Write the scope", "Ada", MARCH);
        Git missing = new Git("aimsbook-no-such-git", Duration.ofSeconds(30));

        assertEquals(Map.of(), GitHistory.lastChanges(repository.root(), missing));
        assertEquals(Optional.empty(), GitHistory.describe(repository.root(), missing));
    }

    @Test
    void aGitThatHangsIsStoppedAtTheTimeout() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        // The sleep is a child of the shell, as a helper would be of git, and holds the output open.
        Path hanging = Files.writeString(temp.resolve("hanging-git"), "#!/bin/sh\nsleep 60\necho never\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
        Git git = new Git(hanging.toString(), Duration.ofMillis(300));

        long start = System.nanoTime();
        Map<String, Revision> changes = GitHistory.lastChanges(repository.root(), git);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(Map.of(), changes);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
    }

    private static boolean insideARepository(Path folder) {
        return new Git("git", Duration.ofSeconds(30)).run(folder, out -> out.readAllBytes(), "rev-parse", "--git-dir").isPresent();
    }
}
