package org.aimsbook.model;

/** Where a planned piece of work stands. */
public enum ProgressStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
