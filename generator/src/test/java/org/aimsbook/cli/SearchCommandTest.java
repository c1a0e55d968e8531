package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aimsbook.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aimsbook search} on the example handbook: the first search builds the index, later
 * ones answer from it with Lucene's query syntax and marked snippets.
 */
class SearchCommandTest {
    @TempDir
    static Path temp;
    static String out;
    static MainTest.Run first;

    @BeforeAll
    static void searchBeforeAnyBuild() {
        out = temp.resolve("handbook").toString();
        first = MainTest.run("search", Sites.EXAMPLE.toString(), "impact assessment", "-o", out, "--version", "1.0",
                "--as-of", Sites.AS_OF.toString());
    }

    @Test
    void theFirstSearchBuildsTheVersionThenAnswers() {
        assertEquals(0, first.exit(), first.err());
        List<String> lines = first.out().lines().toList();
        assertTrue(lines.get(0).startsWith("no search index in " + out + " for version 1.0 yet: building"), lines.get(0));
        assertTrue(first.out().contains("built version 1.0"), first.out());
        assertTrue(first.out().contains("pages match `impact assessment` ("), first.out());
        assertTrue(first.out().contains("[assessment] assessments/"), first.out());
        assertTrue(first.out().contains("**impact** **assessment**"), "matches are marked: " + first.out());
    }

    @Test
    void anIdFindsItsControlPageFirst() {
        MainTest.Run run = MainTest.run("search", "A.6.2.8", "-o", out);
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("building"), "the index is reused: " + run.out());
        assertTrue(run.out().lines().toList().get(1).contains("[control] controls/A.6.2.8.html"), run.out());
    }

    @Test
    void fieldsOfLuceneSyntaxFilterByType() {
        MainTest.Run run = MainTest.run("search", "risk AND type:policy", "-o", out, "--limit", "50");
        assertEquals(0, run.exit(), run.err());
        List<String> hits = run.out().lines().filter(line -> line.matches(" ?\\d+\\. .*")).toList();
        assertFalse(hits.isEmpty(), run.out());
        assertTrue(hits.stream().allMatch(line -> line.contains("[policy] policies/")), run.out());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith("(policy " + hits.size() + ")"), run.out());
    }

    @Test
    void aQueryOutsideLucenesSyntaxIsAOneLineUsageError() {
        MainTest.Run run = MainTest.run("search", "impact AND (", "-o", out);
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("aimsbook: cannot read the query `impact AND (`:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no usage or stack trace: " + run.err());
    }

    @Test
    void wordsNoPageHasFindNothing() {
        MainTest.Run run = MainTest.run("search", "xylophone", "-o", out);
        assertEquals(0, run.exit(), run.err());
        assertEquals("0 pages match `xylophone`", run.out().strip());
    }
}
