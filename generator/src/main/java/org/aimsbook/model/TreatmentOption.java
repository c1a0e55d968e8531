package org.aimsbook.model;

/** How a risk is treated. */
public enum TreatmentOption {
    MITIGATE,
    AVOID,
    TRANSFER,
    ACCEPT
}
