package org.aimsbook.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.meta.Field;
import org.aimsbook.model.meta.Range;
import org.aimsbook.model.meta.Shape;
import org.aimsbook.model.meta.ValueType;

/**
 * The JSON Schema (draft 2020-12) of one document type, read from its {@link Shape}. Each
 * branch over {@link ValueType} states what the loader's binder accepts for that type, so an
 * editor flags what {@code aimsbook} would report.
 *
 * <p>Two limits of JSON Schema remain. A field with a {@code @Pattern} takes strings only,
 * because a pattern cannot be checked on a number: the loader would read {@code id: 2024} as
 * the text "2024", the schema asks for it quoted. And JSON cannot tell {@code 5.0} from
 * {@code 5}, so the schema lets a whole-number field have the {@code 5.0} the loader refuses.
 */
final class DocumentSchema {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String BASE = "https://aimsbook.org/schema/";

    /** What the binder's date check accepts before it asks whether the day exists. */
    private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The records this document nests, by simple name; sorted so that output is stable. */
    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private DocumentSchema() {
    }

    static ObjectNode of(DocumentType type) {
        return new DocumentSchema().document(type);
    }

    private ObjectNode document(DocumentType type) {
        Shape shape = Shape.of(type.model().asSubclass(Record.class));
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", BASE + type.schemaFile());
        schema.put("title", type.label());
        schema.put("description", (shape.doc().isEmpty() ? "" : shape.doc() + " ")
                + "ISO/IEC 42001 clauses and controls: " + type.clauses() + ".");
        members(schema, shape);
        if (!defs.isEmpty()) {
            schema.putObject("$defs").setAll(defs);
        }
        return schema;
    }

    /** A YAML mapping of exactly the shape's keys; flattened records already count among them. */
    private void members(ObjectNode schema, Shape shape) {
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Field field : shape.fields()) {
            properties.set(field.key(), property(field));
            if (field.required()) {
                required.add(field.key());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
    }

    private ObjectNode property(Field field) {
        ObjectNode property = JSON.objectNode();
        if (!field.doc().isEmpty()) {
            property.put("description", field.doc());
        }
        ObjectNode value = value(field.type(), field);
        if (field.required() && field.type() instanceof ValueType.ListOf) {
            value.put("minItems", 1);
        }
        // The binder takes a key whose value is null as a key not written at all.
        property.setAll(field.required() ? value : orNull(value));
        field.fallback().ifPresent(fallback -> property.set("default", fallbackValue(fallback, field.type())));
        return property;
    }

    /** A value the binder accepts for the type; whether null is one depends on where it stands. */
    private ObjectNode value(ValueType type, Field field) {
        ObjectNode schema = JSON.objectNode();
        if (type instanceof ValueType.Text) {
            if (field.pattern().isPresent()) {
                schema.put("type", "string");
                schema.put("pattern", field.pattern().get().regex());
            } else {
                // The binder takes a YAML number or boolean as its written text, as in `version: 2.1`.
                schema.set("type", JSON.arrayNode().add("string").add("number").add("boolean"));
            }
        } else if (type instanceof ValueType.Prose) {
            // AsciiDoc source, which the binder, like text, takes from any YAML scalar.
            schema.set("type", JSON.arrayNode().add("string").add("number").add("boolean"));
        } else if (type instanceof ValueType.WholeNumber) {
            // Unbounded whole numbers are still Java ints to the binder.
            schema.put("type", "integer");
            schema.put("minimum", field.range().map(Range::min).orElse(Integer.MIN_VALUE));
            schema.put("maximum", field.range().map(Range::max).orElse(Integer.MAX_VALUE));
        } else if (type instanceof ValueType.Decimal) {
            schema.put("type", "number");
        } else if (type instanceof ValueType.Bool) {
            schema.put("type", "boolean");
        } else if (type instanceof ValueType.Date) {
            schema.put("type", "string");
            schema.put("format", "date");
            schema.put("pattern", DATE);
        } else if (type instanceof ValueType.Choice choice) {
            ArrayNode values = schema.putArray("enum");
            choice.values().forEach(values::add);
        } else if (type instanceof ValueType.Reference reference) {
            schema.put("type", "string");
            schema.put("pattern", referencePattern(reference.kinds()));
        } else if (type instanceof ValueType.Structure structure) {
            schema.put("$ref", "#/$defs/" + define(structure.type()));
        } else if (type instanceof ValueType.ListOf list) {
            schema.put("type", "array");
            schema.set("items", element(list.element(), field));
        } else {
            ValueType.MapOf map = (ValueType.MapOf) type;
            schema.put("type", "object");
            schema.set("additionalProperties", element(map.value(), field));
        }
        return schema;
    }

    /** A list entry or map value, which the binder reads even when empty: as "" where it takes text. */
    private ObjectNode element(ValueType type, Field field) {
        ObjectNode schema = value(type, field);
        boolean emptyIsText = type instanceof ValueType.Prose
                || type instanceof ValueType.Text && field.pattern().isEmpty();
        return emptyIsText ? orNull(schema) : schema;
    }

    /**
     * The binder strips the text, then wants a kind the field takes, a colon and an id that is
     * not blank; unlike {@code ^kind:.+$} this also holds for quoted text such as {@code "role: "}.
     */
    private static String referencePattern(Set<RefKind> kinds) {
        return kinds.stream().sorted().map(RefKind::prefix).collect(Collectors.joining("|", "^\\s*(", "):\\s*\\S"));
    }

    /** Registers a nested record under {@code $defs}, named by its simple name. */
    private String define(Class<? extends Record> type) {
        String name = type.getSimpleName();
        if (!defs.containsKey(name)) {
            Shape shape = Shape.of(type);
            ObjectNode def = JSON.objectNode();
            // Registered before its members are read, so that a record nesting itself ends here.
            defs.put(name, def);
            if (!shape.doc().isEmpty()) {
                def.put("description", shape.doc());
            }
            members(def, shape);
        }
        return name;
    }

    /** The same schema, also taking null. */
    private static ObjectNode orNull(ObjectNode schema) {
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
            return schema;
        }
        if (schema.has("type")) {
            JsonNode type = schema.get("type");
            ArrayNode types = type.isArray() ? (ArrayNode) type : JSON.arrayNode().add(type);
            schema.set("type", types.add("null"));
            return schema;
        }
        ObjectNode either = JSON.objectNode();
        either.putArray("anyOf").add(schema).addObject().put("type", "null");
        return either;
    }

    /** A {@code @Default} typed as its field, as the binder reads it. */
    private static JsonNode fallbackValue(String fallback, ValueType type) {
        if (type instanceof ValueType.WholeNumber) {
            return JSON.numberNode(Integer.parseInt(fallback));
        }
        return type instanceof ValueType.Bool ? JSON.booleanNode(Boolean.parseBoolean(fallback)) : JSON.textNode(fallback);
    }
}
