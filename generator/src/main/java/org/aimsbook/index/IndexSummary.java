package org.aimsbook.index;

/**
 * What the index stage produced.
 *
 * @param pages pages indexed
 * @param words distinct surface words in the export's word list
 * @param shards word, key and prefix shards written
 * @param bytes size of the export without the per-page text files
 */
public record IndexSummary(int pages, int words, int shards, long bytes) {
}
