package org.aimsbook.index;

/**
 * What the index stage produced.
 *
 * @param pages pages indexed
 * @param words distinct surface words in the export's word list
 */
public record IndexSummary(int pages, int words) {
}
