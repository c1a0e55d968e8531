package org.aimsbook.model;

/** Who an impact falls on (A.5.4, A.5.5). */
public enum ImpactArea {
    INDIVIDUALS,
    GROUPS,
    SOCIETY
}
