package org.aimsbook.model;

/** The organization's own risk tier for an AI system. */
public enum RiskTier {
    LOW,
    MEDIUM,
    HIGH
}
