package org.aimsbook.changes;

import java.util.List;

/**
 * A run of changed narrative lines with a little unchanged context around them, as in a
 * unified diff; the lines between two hunks did not change and are not shown.
 *
 * @param beforeLine where the hunk starts in the previous narrative, counting its first line as 1
 * @param afterLine where it starts in the current narrative
 * @param lines context, removed and added lines in reading order
 */
public record Hunk(int beforeLine, int afterLine, List<DiffLine> lines) {

    public Hunk {
        lines = List.copyOf(lines);
    }
}
