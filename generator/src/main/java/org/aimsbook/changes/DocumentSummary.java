package org.aimsbook.changes;

/**
 * A document added or removed between two versions.
 *
 * @param reference the reference that names it: {@code policy:ai-policy}
 * @param type its type as written in references: {@code policy}
 * @param title its title
 */
public record DocumentSummary(String reference, String type, String title) {
}
