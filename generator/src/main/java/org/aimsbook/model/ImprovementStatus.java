package org.aimsbook.model;

/** Where an improvement log entry stands. */
public enum ImprovementStatus {
    OPEN,
    IN_PROGRESS,
    AWAITING_VERIFICATION,
    CLOSED;

    /** Whether work on the entry is finished, so its dates can no longer be overdue. */
    public boolean finished() {
        return this == CLOSED;
    }
}
