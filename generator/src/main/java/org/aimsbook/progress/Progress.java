package org.aimsbook.progress;

/**
 * Where a long build reports how far it has got: each stage as it begins, and each unit of
 * its work (a document converted, a page indexed) as it is done. The faces decide what to show:
 * a line that counts on a terminal, one line per stage in a log, nothing when asked to be quiet.
 */
public interface Progress {
    /** Reports nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void begin(Stage stage, int total) {
        }

        @Override
        public void advance() {
        }
    };

    /**
     * A stage begins.
     *
     * @param total the units of work it will report, 0 when it does not count them
     */
    void begin(Stage stage, int total);

    /** One more unit of the current stage is done; threads working in parallel may call it at once. */
    void advance();
}
