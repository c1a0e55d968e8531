package org.aimsbook.model;

import java.util.Map;

/**
 * Where a content record was written: the start of its YAML mapping and the position of the
 * value of each key the writer gave, and of each item of a list, so that a rule can point at the
 * exact offending field.
 */
public record Origin(Position at, Map<String, Position> fields) {

    public Origin {
        fields = Map.copyOf(fields);
    }

    /** The position of a key's value, or of the record when the key was not written. */
    public Position of(String key) {
        return fields.getOrDefault(key, at);
    }

    /** The position of one item of a key's list, or of the key's value when it was not written as a list. */
    public Position of(String key, int index) {
        return fields.getOrDefault(item(key, index), of(key));
    }

    /** How the positions of list items are keyed: {@code responsibilities[1]}, not a key YAML could have. */
    public static String item(String key, int index) {
        return key + "[" + index + "]";
    }
}
