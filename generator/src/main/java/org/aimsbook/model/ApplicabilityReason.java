package org.aimsbook.model;

/** Why a control is included in the Statement of Applicability. */
public enum ApplicabilityReason {
    RISK_TREATMENT,
    LEGAL,
    CONTRACTUAL,
    GOOD_PRACTICE
}
