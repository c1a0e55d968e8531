package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.aimsbook.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a build shows its progress: a plain line per stage on standard error when not on a
 * terminal (CI logs), one line rewritten in place on a terminal, nothing with {@code --quiet};
 * standard output carries the report only.
 */
class ProgressOutputTest {
    @TempDir
    static Path temp;
    static Path content;

    @BeforeAll
    static void content() throws IOException {
        content = Fixtures.content("base", temp);
    }

    @Test
    void aLogGetsOnePlainLinePerStageInOrderOnStandardError() {
        MainTest.Run run = MainTest.run("build", content.toString(), "-o", temp.resolve("plain").toString(), "--as-of", "2026-11-27");

        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(4, lines.size(), run.err());
        assertEquals("checking", lines.get(0));
        assertEquals("rendering 12 documents", lines.get(1));
        assertTrue(lines.get(2).matches("indexing \\d+ pages"), lines.get(2));
        assertEquals("publishing", lines.get(3));
        assertFalse(run.err().contains("\r") || run.err().contains("\u001b"), "no control characters in a log");
        assertFalse(run.out().contains("checking"), run.out());
        assertTrue(run.out().contains("built version"), run.out());
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlaceAndClearedBeforeTheReport() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), true,
                "build", content.toString(), "-o", temp.resolve("terminal").toString(), "--as-of", "2026-11-27");

        assertEquals(0, exit, out + err.toString());
        String shown = err.toString();
        assertFalse(shown.contains("\n"), "the progress line is rewritten, never scrolled");
        assertTrue(shown.startsWith("\rchecking…\u001b[K"), shown);
        assertTrue(shown.contains("\rrendering 0/12 documents\u001b[K"), shown);
        assertTrue(shown.endsWith("\r\u001b[K"), "cleared at the end");
        assertTrue(out.toString().contains("built version"), out.toString());
    }

    @Test
    void quietPrintsNeitherProgressNorSummaryButStillTheDiagnostics() {
        MainTest.Run clean = MainTest.run("build", content.toString(), "-o", temp.resolve("quiet").toString(), "--as-of", "2026-11-27",
                "--quiet");
        MainTest.Run late = MainTest.run("build", content.toString(), "-o", temp.resolve("quiet-late").toString(),
                "--as-of", "2028-01-01", "-q");

        assertEquals(0, clean.exit(), clean.out() + clean.err());
        assertEquals("", clean.err());
        assertEquals("0 errors, 0 warnings in 13 documents\n", clean.out());
        assertEquals(0, late.exit());
        assertTrue(late.out().contains("warning [REVIEW-OVERDUE]"), late.out());
        assertFalse(late.out().contains("built version"), late.out());
    }
}
