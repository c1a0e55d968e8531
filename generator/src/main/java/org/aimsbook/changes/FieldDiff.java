package org.aimsbook.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML-level changes between two dumped field trees, found by walking both at once.
 *
 * <p>Objects are compared key by key. Lists of objects are compared element by element,
 * matched by a key that names each element uniquely in both versions ({@code id}, or
 * {@code control} for SoA decisions), so that inserting a risk does not make every later risk
 * look changed; lists without one are matched by index. Lists of plain values (controls,
 * measures) are compared whole, because a value list reads best as its full before and after.
 * Changes come in the current version's key order, keys that disappeared last.
 */
final class FieldDiff {
    /** Keys that name list elements, tried in order. */
    private static final List<String> IDENTITIES = List.of("id", "control");

    private final List<FieldChange> changes = new ArrayList<>();

    private FieldDiff() {
    }

    static List<FieldChange> between(JsonNode before, JsonNode after) {
        FieldDiff diff = new FieldDiff();
        diff.compare("", before, after);
        return List.copyOf(diff.changes);
    }

    private void compare(String path, JsonNode before, JsonNode after) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            for (String key : keys(before, after)) {
                compare(path.isEmpty() ? key : path + "." + key, before.path(key), after.path(key));
            }
        } else if (objects(before) && objects(after)) {
            Optional<String> identity = IDENTITIES.stream().filter(key -> names(key, before) && names(key, after)).findFirst();
            if (identity.isPresent()) {
                compareById(path, identity.get(), before, after);
            } else {
                for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                    compare(path + "[" + i + "]", before.path(i), after.path(i));
                }
            }
        } else {
            changes.add(new FieldChange(path, Brief.of(before), Brief.of(after)));
        }
    }

    private void compareById(String path, String identity, JsonNode before, JsonNode after) {
        Map<String, JsonNode> previous = byId(identity, before);
        Map<String, JsonNode> current = byId(identity, after);
        Set<String> ids = new LinkedHashSet<>(current.keySet());
        ids.addAll(previous.keySet());
        for (String id : ids) {
            compare(path + "[" + id + "]",
                    previous.getOrDefault(id, MissingNode.getInstance()),
                    current.getOrDefault(id, MissingNode.getInstance()));
        }
    }

    private static Set<String> keys(JsonNode before, JsonNode after) {
        Set<String> keys = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(keys::add);
        before.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Whether a value is a list of objects; an empty list may be one that lost or has yet to get them. */
    private static boolean objects(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode item : value) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every element of a list of objects has its own text value under {@code key}. */
    private static boolean names(String key, JsonNode list) {
        Set<String> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!item.path(key).isTextual() || !seen.add(item.path(key).textValue())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(String identity, JsonNode list) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        list.forEach(item -> items.put(item.path(identity).textValue(), item));
        return items;
    }
}
