package org.aimsbook.model;

/** What an internal audit found (9.2). */
public enum FindingKind {
    MAJOR_NONCONFORMITY,
    MINOR_NONCONFORMITY,
    OBSERVATION,
    OPPORTUNITY,
    CONFORMITY;

    /** Whether the finding is a nonconformity, which must be tracked in the improvement log (10.2). */
    public boolean nonconformity() {
        return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
    }
}
