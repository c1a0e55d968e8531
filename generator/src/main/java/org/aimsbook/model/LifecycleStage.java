package org.aimsbook.model;

/** AI system life cycle stages (ISO/IEC 22989), used by Annex A.6. */
public enum LifecycleStage {
    INCEPTION,
    DESIGN_AND_DEVELOPMENT,
    VERIFICATION_AND_VALIDATION,
    DEPLOYMENT,
    OPERATION_AND_MONITORING,
    RETIREMENT;

    /** Whether the system is live and so must be monitored and log events (A.6.2.6, A.6.2.8). */
    public boolean live() {
        return this == DEPLOYMENT || this == OPERATION_AND_MONITORING;
    }
}
