package org.aimsbook.model;

/** Who may read a document; editions of the handbook leave out what their audience may not see. */
public enum Classification {
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL;

    /** Whether a reader cleared for this level may also see a document of {@code other}. */
    public boolean covers(Classification other) {
        return other.ordinal() <= ordinal();
    }
}
