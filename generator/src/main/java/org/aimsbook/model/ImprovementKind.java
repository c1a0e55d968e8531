package org.aimsbook.model;

/** What an improvement log entry records (10.1, 10.2). */
public enum ImprovementKind {
    NONCONFORMITY,
    INCIDENT,
    CORRECTIVE_ACTION,
    OPPORTUNITY
}
