package org.aimsbook.model;

/** Whether an assessment is an AI risk assessment (6.1.2, 8.2) or an AI system impact assessment (6.1.4, 8.4). */
public enum AssessmentKind {
    RISK,
    IMPACT
}
