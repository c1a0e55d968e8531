package org.aimsbook.model;

/** How far a control is implemented. */
public enum ImplementationStatus {
    PLANNED,
    PARTIAL,
    IMPLEMENTED,
    NOT_APPLICABLE
}
