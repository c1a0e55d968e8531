package org.aimsbook.changes;

import java.util.List;

/**
 * A document found in both versions that says something different.
 *
 * @param reference the reference that names it: {@code policy:ai-policy}
 * @param type its type as written in references: {@code policy}
 * @param title its current title
 * @param fields the YAML values that changed, in the order of the document's keys
 * @param body the changed parts of the AsciiDoc narrative; empty when it did not change
 */
public record DocumentChange(String reference, String type, String title, List<FieldChange> fields, List<Hunk> body) {

    public DocumentChange {
        fields = List.copyOf(fields);
        body = List.copyOf(body);
    }
}
