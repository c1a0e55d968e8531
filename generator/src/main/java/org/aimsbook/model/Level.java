package org.aimsbook.model;

/** A qualitative level. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
