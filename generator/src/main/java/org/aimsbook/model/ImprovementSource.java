package org.aimsbook.model;

/** Where an improvement log entry came from. */
public enum ImprovementSource {
    INTERNAL_AUDIT,
    EXTERNAL_AUDIT,
    MANAGEMENT_REVIEW,
    MONITORING,
    INCIDENT,
    CONCERN_REPORT,
    COMPLAINT,
    SELF_ASSESSMENT
}
