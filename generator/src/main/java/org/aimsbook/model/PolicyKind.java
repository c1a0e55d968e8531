package org.aimsbook.model;

/** What kind of governing document a policy file holds. */
public enum PolicyKind {
    POLICY,
    PROCEDURE,
    STANDARD,
    GUIDELINE
}
