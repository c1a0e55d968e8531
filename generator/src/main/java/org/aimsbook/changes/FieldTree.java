package org.aimsbook.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aimsbook.model.Narrative;
import org.aimsbook.model.Ref;
import org.aimsbook.model.meta.Components;
import org.aimsbook.model.meta.Names;
import org.aimsbook.model.meta.Shape;

/**
 * A content record as a JSON tree keyed as its YAML is, read through its {@link Shape}:
 * flattened records contribute their keys to the enclosing object, origins are left out
 * (they say where content was written, not what it says), references become {@code kind:id},
 * dates ISO text, choices their kebab-case value, narrative its AsciiDoc source, and empty
 * optionals no key at all. Keys follow the record's declaration order, those of free maps
 * (rule settings) sorted, so the same content always gives the same tree.
 */
final class FieldTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FieldTree() {
    }

    static ObjectNode of(Record content) {
        ObjectNode tree = NODES.objectNode();
        fill(tree, content);
        return tree;
    }

    private static void fill(ObjectNode tree, Record content) {
        List<Shape.Part> parts = Shape.of(content.getClass()).parts();
        List<RecordComponent> components = Components.of(content.getClass());
        // A shape has one part per component, in declaration order.
        for (int i = 0; i < components.size(); i++) {
            Shape.Part part = parts.get(i);
            if (part instanceof Shape.KeyPart key) {
                value(Components.read(components.get(i), content)).ifPresent(value -> tree.set(key.field().key(), value));
            } else if (part instanceof Shape.FlatPart) {
                fill(tree, (Record) Components.read(components.get(i), content));
            }
        }
    }

    private static Optional<JsonNode> value(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(FieldTree::node);
        }
        return Optional.of(node(value));
    }

    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Double number) {
            return NODES.numberNode(number);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (value instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        } else if (value instanceof Enum<?> choice) {
            return NODES.textNode(Names.value(choice));
        } else if (value instanceof Ref ref) {
            return NODES.textNode(ref.target());
        } else if (value instanceof Narrative narrative) {
            return NODES.textNode(narrative.asciidoc());
        } else if (value instanceof List<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            new TreeMap<>(map).forEach((key, item) -> object.set((String) key, node(item)));
            return object;
        } else if (value instanceof Record record) {
            return of(record);
        }
        throw new IllegalArgumentException("no dump for a content value of " + value.getClass());
    }

}
