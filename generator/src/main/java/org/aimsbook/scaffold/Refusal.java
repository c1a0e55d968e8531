package org.aimsbook.scaffold;

/**
 * Why scaffolding wrote nothing, in a line for the writer: a usage problem, not a fault.
 *
 * @param reason what is wrong and what to do instead
 */
public record Refusal(String reason) {
}
