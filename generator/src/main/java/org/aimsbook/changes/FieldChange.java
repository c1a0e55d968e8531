package org.aimsbook.changes;

/**
 * A change to one YAML value of a document.
 *
 * @param path where the value stands: {@code next_review}, {@code monitoring.frequency},
 *             {@code models[0].version}, or {@code risks[wrong-answer].likelihood} for lists
 *             whose elements have an id (SoA decisions: {@code decisions[A.2.2].status})
 * @param before the previous value, shortened for reading; {@link #ABSENT} when it was not there
 * @param after the current value, likewise
 */
public record FieldChange(String path, String before, String after) {

    /** Stands for a value that is absent, or an empty list. */
    public static final String ABSENT = "(none)";
}
