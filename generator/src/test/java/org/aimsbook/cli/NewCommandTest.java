package org.aimsbook.cli;

import static org.aimsbook.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Placeholder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NewCommandTest {
    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void initialise() {
        content = temp.resolve("content");
        assertEquals(0, run("init", content.toString()).exit());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"AIMS", "SOA"}, mode = EnumSource.Mode.EXCLUDE)
    void newDocumentLoadsAndEveryPlaceholderIsReportedAtItsLine(DocumentType type) throws IOException {
        String prefix = type.refKind().prefix();

        MainTest.Run run = run("new", prefix, "fresh-" + prefix, "--dir", content.toString());

        assertEquals(0, run.exit(), run.err());
        Path file = written(type, "fresh-" + prefix);
        assertEquals("wrote " + file + "; replace its TODO: placeholders, then run aimsbook check " + content + "\n", run.out());
        Document document = Handbook.load(content).content().document(prefix + ":fresh-" + prefix).orElseThrow();
        assertEquals(content.relativize(file).toString().replace('\\', '/'), document.origin().at().file());
        assertEquals(placeholderLines(file), reportedLines(Rule.PLACEHOLDER, file));
        assertTrue(placeholderLines(file).contains(3), "the title is a placeholder too");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"AIMS", "SOA", "SYSTEM"}, mode = EnumSource.Mode.EXCLUDE)
    void newDocumentIsCleanOnceItsPlaceholdersAreWritten(DocumentType type) throws IOException {
        String prefix = type.refKind().prefix();
        assertEquals(0, run("new", prefix, "fresh-" + prefix, "--dir", content.toString()).exit());

        writePlaceholders(written(type, "fresh-" + prefix));

        assertEquals(List.of(), check(), "every diagnostic");
    }

    @Test
    void newSystemOnceWrittenOnlyLacksItsAssessments() throws IOException {
        assertEquals(0, run("new", "system", "fresh-system", "--dir", content.toString()).exit());

        writePlaceholders(written(DocumentType.SYSTEM, "fresh-system"));

        assertEquals(List.of(Rule.SYSTEM_NO_IMPACT_ASSESSMENT, Rule.SYSTEM_NO_RISK_ASSESSMENT),
                check().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void titleIsWrittenAsGiven() throws IOException {
        MainTest.Run run = run("new", "policy", "model-release", "--title", "Model \"release\": gates", "--dir", content.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("Model \"release\": gates", Handbook.load(content).content().document("policy:model-release").orElseThrow().title());
    }

    @Test
    void existingIdIsRefusedAndItsFileKept() throws IOException {
        Path existing = content.resolve("roles/aims-manager.yaml");
        byte[] before = Files.readAllBytes(existing);

        MainTest.Run run = run("new", "role", "aims-manager", "--dir", content.toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: `role:aims-manager` already exists (roles/aims-manager.yaml); choose another id\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(existing));
    }

    @Test
    void idInUseUnderAnotherFileNameIsRefused() throws IOException {
        Files.move(content.resolve("roles/internal-auditor.yaml"), content.resolve("roles/auditor.yaml"));

        MainTest.Run run = run("new", "role", "internal-auditor", "--dir", content.toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: `role:internal-auditor` already exists (roles/auditor.yaml); choose another id\n", run.err());
        assertFalse(Files.exists(content.resolve("roles/internal-auditor.yaml")));
    }

    @Test
    void invalidIdIsRefusedAndNothingWritten() throws IOException {
        List<Path> before = files();

        MainTest.Run run = run("new", "role", "Data_Steward", "--dir", content.toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: `Data_Steward` is not a valid id: use kebab-case, such as ai-policy,"
                + " and no device name Windows reserves (con, nul, com1, …)\n", run.err());
        assertEquals(before, files());
    }

    @Test
    void singleDocumentsAreNotCreatedButEdited() {
        MainTest.Run run = run("new", "soa", "second-soa", "--dir", content.toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: the content has one soa.yaml, and `aimsbook init` writes it; edit it instead\n", run.err());
    }

    @Test
    void unknownTypeNamesTheTypesThereAre() {
        MainTest.Run run = run("new", "procedure", "x", "--dir", content.toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: there is no document type `procedure`; choose one of role, policy, system, data, assessment,"
                + " objective, improvement, audit, review\n", run.err());
    }

    private Path written(DocumentType type, String id) {
        Path yaml = content.resolve(type.place()).resolve(id + ".yaml");
        Path adoc = content.resolve(type.place()).resolve(id + ".adoc");
        assertTrue(Files.exists(yaml) != Files.exists(adoc), "one file for " + id);
        return Files.exists(yaml) ? yaml : adoc;
    }

    private static List<Integer> placeholderLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(Placeholder.MARKER)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    private List<Integer> reportedLines(Rule rule, Path file) {
        String relative = content.relativize(file).toString().replace('\\', '/');
        return check().stream()
                .filter(d -> d.rule() == rule && d.at().file().equals(relative))
                .map(d -> d.at().line())
                .toList();
    }

    /** What a writer does next: write what each placeholder asks for. */
    private static void writePlaceholders(Path file) throws IOException {
        Files.writeString(file, Files.readString(file).replace(Placeholder.MARKER + " ", "Written: "));
    }

    private List<Diagnostic> check() {
        try {
            return Handbook.load(content).check(new CheckOptions(LocalDate.now(), false)).diagnostics().all();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.sorted().toList();
        }
    }
}
