package org.aimsbook.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.meta.Components;

/**
 * Every reference a piece of content makes, in YAML fields and in narrative macros alike, so
 * that checks, backlinks and editions all see the same links.
 */
public final class References {
    private References() {
    }

    /** The references in a document or any other content record, in the order written. */
    public static List<Ref> of(Record content) {
        List<Ref> found = new ArrayList<>();
        collect(content, found);
        return List.copyOf(found);
    }

    private static void collect(Object value, List<Ref> found) {
        if (value instanceof Ref ref) {
            found.add(ref);
        } else if (value instanceof Narrative narrative) {
            found.addAll(narrative.mentions());
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> collect(inner, found));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, found));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, found));
        } else if (value instanceof Record record && !(value instanceof Origin) && !(value instanceof Position)) {
            for (RecordComponent component : Components.of(record.getClass())) {
                collect(Components.read(component, record), found);
            }
        }
    }

}
