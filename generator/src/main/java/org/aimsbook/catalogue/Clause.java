package org.aimsbook.catalogue;

/** A clause or sub-clause of the standard's body, such as 6.1.4 AI system impact assessment. */
public record Clause(String number, String title) {
}
