package org.aimsbook.load;

/** Bounds on what the loader reads, so hostile or accidental input cannot exhaust a machine. */
final class ContentLimits {
    /** A content file larger than this is refused; real documents are a few kilobytes. */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /**
     * A content folder with more document files than this is refused before any is read: every
     * document is held in memory at once, and 100,000 small ones take minutes and gigabytes.
     * Handbooks have hundreds to thousands; the benchmarks go to 20,000.
     */
    static final int MAX_DOCUMENT_FILES = 50_000;

    /**
     * Lists and blocks in narrative may nest this deep; documents use a handful of levels, and
     * Asciidoctor, which converts them recursively, runs out of stack a few hundred levels down.
     */
    static final int MAX_NARRATIVE_DEPTH = 32;

    private ContentLimits() {
    }
}
