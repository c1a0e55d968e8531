package org.aimsbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsbook.CheckReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.DiagnosticFormat;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the load and check stages and of the diagnostics they print: a
 * content folder holds one role and one file of whatever bytes the fuzzer makes, and whatever
 * they are, the content is loaded and checked without an exception, every
 * diagnostic points into a file of the folder, and the text and JSON formats keep one header
 * line per diagnostic.
 *
 * <p>The seeds are real content files. A text goes where its {@code $schema} comment says
 * (the first line of every YAML file {@code aimsbook init} and {@code new} write), so a seed is
 * checked as the type it was written for and a mutation of that line moves it; a text opening
 * with a {@code ---} line is AsciiDoc with front matter. Without JAZZER_FUZZ (or the
 * {@code fuzz} profile, see generator/pom.xml) only the seeds and earlier findings run.
 */
class ContentFileFuzzTest {
    private static final Pattern SCHEMA = Pattern.compile("_schemas/([a-z]+)\\.schema\\.json");
    /** A diagnostic's first line as compilers print it: the file, line and column, severity, rule, message. */
    private static final Pattern HEADER = Pattern.compile("(.+?):(\\d+):(\\d+): (error|warning) \\[([A-Z-]+)\\] (.*)");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Review and due dates are judged against one day, so a seed gives the same diagnostics every run. */
    private static final CheckOptions AS_OF = new CheckOptions(LocalDate.of(2026, 11, 27), false);

    @TempDir
    static Path temp;
    private static Path content;

    /**
     * One role for owners to name, and nothing more: every document a load reads costs the
     * fuzzer executions, and the checks that need others report their absence all the same.
     */
    @BeforeAll
    static void writeALeanContentFolder() throws IOException {
        content = Files.createDirectories(temp.resolve("content"));
        Fixtures.copy(Fixtures.folder("base").resolve("roles"), content.resolve("roles"));
        for (DocumentType type : DocumentType.values()) {
            if (!type.single()) {
                Files.createDirectories(content.resolve(type.place()));
            }
        }
    }

    // Bounds one input (libFuzzer's -timeout), which makes a hang a finding, and the whole run.
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void contentFile(byte[] bytes) throws IOException {
        String file = placeOf(new String(bytes, StandardCharsets.ISO_8859_1));
        Path path = content.resolve(file);
        Optional<byte[]> original = Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        Files.write(path, bytes);
        try {
            CheckReport report = Handbook.load(content).check(AS_OF);
            for (Diagnostic diagnostic : report.diagnostics().all()) {
                assertInsideItsFile(diagnostic);
            }
            assertOneHeaderLinePerDiagnostic(report);
        } finally {
            if (original.isPresent()) {
                Files.write(path, original.get());
            } else {
                Files.delete(path);
            }
        }
    }

    /** The content-relative file the text goes into. */
    private static String placeOf(String text) {
        Matcher schema = SCHEMA.matcher(text);
        DocumentType type = schema.find()
                ? Arrays.stream(DocumentType.values()).filter(t -> t.refKind().prefix().equals(schema.group(1))).findFirst()
                        .orElse(DocumentType.POLICY)
                : DocumentType.POLICY;
        if (type.single()) {
            return type.place();
        }
        return type.place() + (text.startsWith("---") ? "/fuzzed.adoc" : "/fuzzed.yaml");
    }

    /**
     * The file exists in the content folder and the position is on one of its lines, or just
     * past the last (where a file that ends too early is reported); only the rules for a missing
     * aims.yaml or soa.yaml name a file to create, at its start. Lines are counted as editors
     * count them; columns are bounded by the line's bytes, which diagnostics on undecodable
     * files count in.
     */
    private static void assertInsideItsFile(Diagnostic diagnostic) throws IOException {
        String file = diagnostic.at().file();
        Path path = content.resolve(file).normalize();
        if (diagnostic.rule() == Rule.AIMS_MISSING || diagnostic.rule() == Rule.SOA_MISSING) {
            assertEquals(Position.startOf(file), diagnostic.at());
            return;
        }
        assertTrue(path.startsWith(content) && Files.isRegularFile(path), () -> "no such content file: " + diagnostic);
        List<String> lines = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).lines().toList();
        int line = diagnostic.at().line();
        assertTrue(line <= lines.size() + 1, () -> "past the end of " + file + " (" + lines.size() + " lines): " + diagnostic);
        int width = line <= lines.size() ? lines.get(line - 1).length() : 0;
        assertTrue(diagnostic.at().column() <= width + 1, () -> "past the end of line " + line + " (" + width + " bytes): " + diagnostic);
    }

    /**
     * Text: each diagnostic is one header line naming its position and rule, then its hint on
     * one indented line, then the summary, and no control character: a message that broke the
     * line would let content forge diagnostics in a CI log (seed {@code policies-forged-key.yaml}).
     * JSON: one object per diagnostic.
     */
    private static void assertOneHeaderLinePerDiagnostic(CheckReport report) throws IOException {
        List<Diagnostic> all = report.diagnostics().all();
        String text = DiagnosticFormat.text(report.diagnostics(), content, report.documents());
        assertTrue(text.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), () -> "control characters in " + text);
        List<String> lines = text.lines().toList();
        int next = 0;
        for (Diagnostic diagnostic : all) {
            Matcher header = HEADER.matcher(lines.get(next++));
            assertTrue(header.matches(), () -> "not a diagnostic header: " + lines);
            assertEquals(diagnostic.at().line() + ":" + diagnostic.at().column() + " " + diagnostic.rule().id(),
                    header.group(2) + ":" + header.group(3) + " " + header.group(5));
            if (diagnostic.hint().isPresent()) {
                String hint = lines.get(next++);
                assertTrue(hint.startsWith("  ") && !HEADER.matcher(hint).matches(), () -> "not a hint: " + hint);
            }
        }
        assertEquals(lines.size() - 1, next, () -> "lines beyond the diagnostics: " + lines);
        assertFalse(HEADER.matcher(lines.get(next)).matches(), lines.get(next));
        assertEquals(all.size(), JSON.readTree(DiagnosticFormat.json(report.diagnostics(), content)).size());
    }
}
