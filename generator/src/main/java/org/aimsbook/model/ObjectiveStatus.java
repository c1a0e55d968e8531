package org.aimsbook.model;

/** Where an AI objective stands (6.2). */
public enum ObjectiveStatus {
    PLANNED,
    ON_TRACK,
    AT_RISK,
    ACHIEVED,
    MISSED
}
