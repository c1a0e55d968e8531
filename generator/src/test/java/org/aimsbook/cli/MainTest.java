package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.aimsbook.Fixtures;
import org.aimsbook.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path temp;

    /** What one command line printed and returned. */
    record Run(int exit, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void cleanContentExitsZeroWithSummary() {
        Run run = run("check", Fixtures.folder("base").toString(), "--as-of", "2026-11-27");

        assertEquals(0, run.exit(), run.err());
        assertEquals("0 errors, 0 warnings in 13 documents\n", run.out());
    }

    @Test
    void contentErrorsExitOneWithPositionRuleAndHint() throws IOException {
        Path content = Fixtures.content("ref-unknown-owner", temp);

        Run run = run("check", content.toString(), "--as-of", "2026-11-27");

        assertEquals(1, run.exit());
        String path = content.resolve("policies/ai-policy.adoc").toString().replace('\\', '/');
        assertEquals(path + ":5:8: error [REF-UNKNOWN] `role:aims-manger` does not exist\n"
                + "  did you mean `role:aims-manager` (roles/aims-manager.yaml)?\n"
                + "1 error, 0 warnings in 13 documents\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonFormatListsTheSameDiagnostics() throws IOException {
        Path content = Fixtures.content("ref-unknown-owner", temp);

        Run run = run("check", content.toString(), "--format", "json", "--as-of", "2026-11-27");

        assertEquals(1, run.exit());
        JsonNode diagnostics = new ObjectMapper().readTree(run.out());
        assertEquals(1, diagnostics.size());
        JsonNode first = diagnostics.get(0);
        assertTrue(first.get("file").asText().endsWith("content/policies/ai-policy.adoc"));
        assertEquals(5, first.get("line").asInt());
        assertEquals(8, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals("REF-UNKNOWN", first.get("rule").asText());
        assertEquals("did you mean `role:aims-manager` (roles/aims-manager.yaml)?", first.get("hint").asText());
    }

    @Test
    void strictTurnsWarningsIntoAFailure() throws IOException {
        Path content = Fixtures.content("base", temp);

        Run lenient = run("check", content.toString(), "--as-of", "2028-01-01");
        Run strict = run("check", content.toString(), "--as-of", "2028-01-01", "--strict");

        assertEquals(0, lenient.exit());
        assertTrue(lenient.out().contains("warning [REVIEW-OVERDUE]"), lenient.out());
        assertEquals(1, strict.exit());
        assertTrue(strict.out().contains("error [REVIEW-OVERDUE]"), strict.out());
    }

    @Test
    void missingFolderIsAnIoErrorOnOneLine() {
        Run run = run("check", temp.resolve("nowhere").toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: no such file or folder: " + temp.resolve("nowhere") + "\n", run.err().replace("\r", ""));
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void aBrokenUserThemeIsAUserErrorNamingTheTemplate() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path theme = temp.resolve("theme/templates");
        java.nio.file.Files.createDirectories(theme);
        java.nio.file.Files.writeString(theme.resolve("404.ftlh"), "<p>${noSuchVariable}</p>\n");

        Run run = run("build", content.toString(), "-o", temp.resolve("out").toString(), "--theme", temp.resolve("theme").toString(),
                "--as-of", "2026-11-27");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("\naimsbook: theme template 404.ftlh failed:"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(java.nio.file.Files.exists(temp.resolve("out/1.0")), "nothing is published from a failed build");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("check", "--frmat", "json");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option: '--frmat'"), run.err());
    }

    @Test
    void badFormatValueIsAUsageError() {
        Run run = run("check", "--format", "xml");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("text|json") || run.err().contains("TEXT, JSON"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("name a command"), run.err());
    }

    @Test
    void versionNamesTheBuild() {
        Run run = run("--version");

        assertEquals(0, run.exit());
        assertEquals("aimsbook " + Version.current() + "\n", run.out());
        assertFalse(Version.current().contains("$"), "version is stamped at build time");
    }

    @Test
    void checkHelpListsEveryRule() {
        Run run = run("check", "--help");

        assertEquals(0, run.exit());
        for (org.aimsbook.diagnostic.Rule rule : org.aimsbook.diagnostic.Rule.values()) {
            assertTrue(run.out().contains(rule.id()), rule.id());
        }
    }

    @Test
    void serveRefusesAnOutputFolderInsideTheContentInOneLine() throws IOException {
        Path content = Fixtures.content("site-pages", temp);

        Run run = run("serve", content.toString(), "--port", "0", "-o", content.resolve("policies/site").toString());

        assertEquals(2, run.exit(), run.out());
        assertEquals("aimsbook: refusing to publish to " + content.resolve("policies/site") + ": it overlaps the content folder "
                + content + "\n", run.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"check", "build", "search", "pdf", "export", "snapshot", "verify", "serve", "schema", "init", "new"})
    void everyCommandExplainsItself(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: aimsbook " + command), run.out());
    }
}
