package org.aimsbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.aimsbook.CheckReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.diagnostic.Diagnostic;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken files each give one positioned error for that file, never a crash, and
 * the rest of the content is still checked: the overlay's own dangling owner is still found.
 */
class BadInputTest {
    private static final String BAD = "roles/bad.yaml";

    @TempDir
    Path temp;

    @Test
    void malformedYaml() throws IOException {
        Diagnostic only = onlyProblemWith("id: bad\ntitle: [unclosed\nresponsibilities: [x]\n");
        assertEquals("YAML-SYNTAX", only.rule().id());
        assertTrue(only.at().line() >= 2, only.toString());
    }

    @Test
    void tabIndentedYaml() throws IOException {
        Diagnostic only = onlyProblemWith("id: bad\ntitle: Bad\nresponsibilities:\n\t- Runs things\n");
        assertEquals("YAML-SYNTAX", only.rule().id());
        assertEquals(4, only.at().line());
        assertTrue(only.hint().orElseThrow().contains("tab"), only.hint().orElseThrow());
    }

    @Test
    void emptyFile() throws IOException {
        Diagnostic only = onlyProblemWith("");
        assertEquals("FILE-EMPTY", only.rule().id());
    }

    @Test
    void commentOnlyFile() throws IOException {
        Diagnostic only = onlyProblemWith("# nothing yet\n");
        assertEquals("FILE-EMPTY", only.rule().id());
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Diagnostic only = onlyProblemWith(png);
        assertEquals("FILE-BINARY", only.rule().id());
    }

    @Test
    void binaryDataIsPositionedOnItsLineWhateverEndsTheLinesBefore() throws IOException {
        // A lone CR ends a line, as for editors and the YAML parser (found by the fuzzer);
        // CRLF ends one line, not two.
        Diagnostic afterCr = onlyProblemWith("id: bad\rtitle: Bad\r\0".getBytes(StandardCharsets.UTF_8));
        Diagnostic afterCrLf = onlyProblemWith("id: bad\r\ntitle: Bad\r\n  \0".getBytes(StandardCharsets.UTF_8));

        assertEquals("FILE-BINARY 3:1", afterCr.rule().id() + " " + afterCr.at().line() + ":" + afterCr.at().column());
        assertEquals("FILE-BINARY 3:3", afterCrLf.rule().id() + " " + afterCrLf.at().line() + ":" + afterCrLf.at().column());
    }

    @Test
    void nonUtf8FileIsPositionedAtTheFirstBadByte() throws IOException {
        Diagnostic only = onlyProblemWith("id: bad\ntitle: Caf\u00e9 owner\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("FILE-ENCODING", only.rule().id());
        assertEquals(2, only.at().line());
        assertEquals(11, only.at().column());
    }

    @Test
    void tenMegabyteFileIsRefusedUnread() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Diagnostic only = onlyProblemWith(big);
        assertEquals("FILE-TOO-LARGE", only.rule().id());
        assertTrue(only.message().contains("10240 KiB"), only.message());
    }

    @Test
    void yamlAliasBombIsRefusedWithOneError() throws IOException {
        StringBuilder bomb = new StringBuilder("id: bad\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        Diagnostic only = onlyProblemWith(bomb.toString());
        assertEquals("YAML-ALIAS", only.rule().id());
        assertEquals(3, only.at().line());
    }

    @Test
    void symlinkLeadingOutsideContentIsRefused() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.yaml"), "id: secret\ntitle: Outside\nresponsibilities: [x]\n");
        Path content = Fixtures.content("ref-unknown-owner", temp);
        try {
            Files.createSymbolicLink(content.resolve(BAD), secret);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        Diagnostic only = onlyProblemIn(content, 13);
        assertEquals("FILE-OUTSIDE", only.rule().id());
    }

    private Diagnostic onlyProblemWith(String text) throws IOException {
        return onlyProblemWith(text.getBytes(StandardCharsets.UTF_8));
    }

    private Diagnostic onlyProblemWith(byte[] bytes) throws IOException {
        Path content = Fixtures.content("ref-unknown-owner", temp);
        Files.write(content.resolve(BAD), bytes);
        return onlyProblemIn(content, 14);
    }

    /**
     * The single diagnostic about the bad file, after checking that the rest was still checked.
     *
     * @param documents how many documents were found: the bad file counts unless it was never read
     */
    private static Diagnostic onlyProblemIn(Path content, int documents) throws IOException {
        CheckReport report = Handbook.load(content).check(new CheckOptions(LocalDate.parse("2026-11-27"), false));
        List<Diagnostic> aboutBad = report.diagnostics().all().stream().filter(d -> d.at().file().equals(BAD)).toList();
        List<String> others = report.diagnostics().all().stream()
                .filter(d -> !d.at().file().equals(BAD))
                .map(d -> d.at().file() + ":" + d.at().line() + " " + d.rule().id())
                .toList();
        assertEquals(List.of("policies/ai-policy.adoc:5 REF-UNKNOWN"), others, report.text());
        assertEquals(1, aboutBad.size(), report.text());
        assertEquals(documents, report.documents());
        return aboutBad.get(0);
    }
}
