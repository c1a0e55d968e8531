package org.aimsbook.model;

import java.util.Map;

/**
 * Where a content record was written: the start of its YAML mapping and the position of the
 * value of each key the writer gave, so that a rule can point at the exact offending field.
 */
public record Origin(Position at, Map<String, Position> fields) {

    public Origin {
        fields = Map.copyOf(fields);
    }

    /** The position of a key's value, or of the record when the key was not written. */
    public Position of(String key) {
        return fields.getOrDefault(key, at);
    }
}
