package org.aimsbook.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/** The changed lines of a narrative, grouped into hunks as in a unified diff. */
final class LineDiff {
    /** Unchanged lines shown before and after each change. */
    static final int CONTEXT = 2;

    private LineDiff() {
    }

    /** The hunks that turn {@code before} into {@code after}; none when their lines are the same. */
    static List<Hunk> between(String before, String after) {
        List<String> old = before.lines().toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(old, after.lines().toList()).getDeltas();
        List<Hunk> hunks = new ArrayList<>();
        int first = 0;
        while (first < deltas.size()) {
            int last = first;
            // Changes whose contexts would touch or overlap share a hunk.
            while (last + 1 < deltas.size()
                    && deltas.get(last + 1).getSource().getPosition() - end(deltas.get(last).getSource()) <= 2 * CONTEXT) {
                last++;
            }
            hunks.add(hunk(old, deltas.subList(first, last + 1)));
            first = last + 1;
        }
        return List.copyOf(hunks);
    }

    private static Hunk hunk(List<String> old, List<AbstractDelta<String>> deltas) {
        Chunk<String> head = deltas.get(0).getSource();
        int start = Math.max(0, head.getPosition() - CONTEXT);
        int stop = Math.min(old.size(), end(deltas.get(deltas.size() - 1).getSource()) + CONTEXT);
        List<DiffLine> lines = new ArrayList<>();
        int at = start;
        for (AbstractDelta<String> delta : deltas) {
            for (; at < delta.getSource().getPosition(); at++) {
                lines.add(new DiffLine(DiffLine.Kind.CONTEXT, old.get(at)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Kind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Kind.ADDED, line)));
            at = end(delta.getSource());
        }
        for (; at < stop; at++) {
            lines.add(new DiffLine(DiffLine.Kind.CONTEXT, old.get(at)));
        }
        int afterStart = deltas.get(0).getTarget().getPosition() - (head.getPosition() - start);
        return new Hunk(start + 1, afterStart + 1, lines);
    }

    private static int end(Chunk<String> chunk) {
        return chunk.getPosition() + chunk.size();
    }
}
