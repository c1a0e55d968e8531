package org.aimsbook.model;

/** Category of an AI system under the EU AI Act. */
public enum EuAiActCategory {
    PROHIBITED,
    HIGH_RISK,
    LIMITED_RISK,
    MINIMAL_RISK,
    GENERAL_PURPOSE,
    OUT_OF_SCOPE
}
