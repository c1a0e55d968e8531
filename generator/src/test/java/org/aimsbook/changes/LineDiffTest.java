package org.aimsbook.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    private static final String TEN = numbered(1, 10);

    @Test
    void sameLinesGiveNoHunk() {
        assertEquals(List.of(), LineDiff.between(TEN, TEN + "\n"));
        assertEquals(List.of(), LineDiff.between("", ""));
    }

    @Test
    void showsTwoLinesOfContextAroundAChange() {
        Hunk hunk = only(LineDiff.between(TEN, TEN.replace("line 5", "line five")));
        assertEquals(3, hunk.beforeLine());
        assertEquals(3, hunk.afterLine());
        assertEquals(List.of(
                context("line 3"), context("line 4"),
                new DiffLine(DiffLine.Kind.REMOVED, "line 5"), new DiffLine(DiffLine.Kind.ADDED, "line five"),
                context("line 6"), context("line 7")), hunk.lines());
    }

    @Test
    void separatesChangesFarApartIntoHunks() {
        List<Hunk> hunks = LineDiff.between(TEN, TEN.replace("line 1\n", "").replace("line 10", "line ten"));
        assertEquals(2, hunks.size());
        assertEquals(List.of(new DiffLine(DiffLine.Kind.REMOVED, "line 1"), context("line 2"), context("line 3")),
                hunks.get(0).lines());
        assertEquals(8, hunks.get(1).beforeLine());
        assertEquals(7, hunks.get(1).afterLine());
    }

    @Test
    void joinsChangesWhoseContextsMeet() {
        List<Hunk> hunks = LineDiff.between(TEN, TEN.replace("line 3", "line three").replace("line 7", "line seven"));
        assertEquals(1, only(hunks).beforeLine());
        // Lines 1 to 9: the changes at 3 and 7 with two lines around each, plus the two added lines.
        assertEquals(11, only(hunks).lines().size());
    }

    @Test
    void aNewNarrativeIsAllAdded() {
        Hunk hunk = only(LineDiff.between("", "= Title\n\nText."));
        assertEquals(List.of(new DiffLine(DiffLine.Kind.ADDED, "= Title"), new DiffLine(DiffLine.Kind.ADDED, ""),
                new DiffLine(DiffLine.Kind.ADDED, "Text.")), hunk.lines());
    }

    private static Hunk only(List<Hunk> hunks) {
        assertEquals(1, hunks.size(), hunks.toString());
        return hunks.get(0);
    }

    private static DiffLine context(String text) {
        return new DiffLine(DiffLine.Kind.CONTEXT, text);
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }
}
