package org.aimsbook.changes;

/**
 * One line of a narrative diff.
 *
 * @param kind whether the line was added, removed or stands unchanged around a change
 * @param text the line, without its line ending
 */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        ADDED,
        REMOVED,
        /** An unchanged line shown so that readers can place the change. */
        CONTEXT
    }
}
