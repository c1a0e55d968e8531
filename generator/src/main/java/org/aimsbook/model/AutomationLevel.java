package org.aimsbook.model;

/** How far an AI system acts on its own, and so what human oversight it needs (A.9.3). */
public enum AutomationLevel {
    ADVISORY,
    HUMAN_IN_THE_LOOP,
    HUMAN_ON_THE_LOOP,
    AUTONOMOUS
}
