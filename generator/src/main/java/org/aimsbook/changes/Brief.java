package org.aimsbook.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dumped value as a short line for a change list: text as written, lists joined with
 * commas, objects as their keys and values, with nested structure elided and anything long cut.
 */
final class Brief {
    /** Longest rendering, ellipsis included; a change list shows values, not documents. */
    static final int LIMIT = 120;

    private Brief() {
    }

    static String of(JsonNode value) {
        if (value.isMissingNode() || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
            return FieldChange.ABSENT;
        }
        return shorten(render(value, true));
    }

    private static String render(JsonNode value, boolean top) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() ? "{…}" : render(item, false)));
            return top ? String.join(", ", items) : "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            if (!top) {
                return "{…}";
            }
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                entries.add(entry.getKey() + ": " + render(entry.getValue(), false));
            }
            return String.join(", ", entries);
        }
        return value.asText();
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= LIMIT ? line : line.substring(0, LIMIT - 1).stripTrailing() + "…";
    }
}
