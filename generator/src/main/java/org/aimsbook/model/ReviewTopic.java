package org.aimsbook.model;

/** Inputs a management review considers (9.3.2). */
public enum ReviewTopic {
    PREVIOUS_ACTIONS,
    CONTEXT_CHANGES,
    INTERESTED_PARTY_NEEDS,
    NONCONFORMITIES,
    MONITORING_RESULTS,
    AUDIT_RESULTS,
    OBJECTIVES,
    RISKS_AND_OPPORTUNITIES,
    IMPROVEMENT_OPPORTUNITIES,
    RESOURCES
}
