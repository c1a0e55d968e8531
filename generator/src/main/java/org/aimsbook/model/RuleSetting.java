package org.aimsbook.model;

/** What a rule's findings are, as set in aims.yaml. */
public enum RuleSetting {
    ERROR,
    WARNING,
    OFF
}
