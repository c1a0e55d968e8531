package org.aimsbook.load;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Suggestions;
import org.aimsbook.model.Origin;
import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.meta.Field;
import org.aimsbook.model.meta.Names;
import org.aimsbook.model.meta.Shape;
import org.aimsbook.model.meta.ValueType;

/**
 * Turns positioned YAML into model records by their {@link Shape}, reporting every schema
 * problem it meets instead of stopping at the first. A record with a missing or unusable
 * required field is not built, nor one with a bad element in a list: every element is
 * checked, but the list without it would say something the writer did not write.
 */
final class Binder {
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Diagnostics.Builder out;
    private final NarrativeReader narratives;

    Binder(Diagnostics.Builder out, NarrativeReader narratives) {
        this.out = out;
        this.narratives = narratives;
    }

    /** Binds a document or other record from its mapping; {@code what} names it in messages. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> bind(Node node, Class<T> type, String what) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a content record");
        }
        if (!(node instanceof Node.Mapping mapping)) {
            out.report(Rule.SCHEMA_TYPE, node.at(), "a " + what + " must be a YAML mapping of keys to values, found "
                    + Node.describe(node), "start the file with `id:` and `title:` lines");
            return Optional.empty();
        }
        return structure(mapping, (Class<? extends Record>) type).map(type::cast);
    }

    private Optional<Object> structure(Node.Mapping mapping, Class<? extends Record> type) {
        Shape shape = Shape.of(type);
        Set<String> known = shape.fields().stream().map(Field::key).collect(Collectors.toSet());
        for (Node.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                String hint = Suggestions.closest(entry.key(), known)
                        .map(key -> "did you mean `" + key + "`?")
                        .orElse("the keys here are: " + shape.fields().stream().map(Field::key).collect(Collectors.joining(", ")));
                out.report(Rule.SCHEMA_UNKNOWN_KEY, entry.keyAt(), "unknown key `" + entry.key() + "`", hint);
            }
        }
        return build(mapping, shape);
    }

    private Optional<Object> build(Node.Mapping mapping, Shape shape) {
        Object[] args = new Object[shape.parts().size()];
        boolean complete = true;
        for (int i = 0; i < args.length; i++) {
            Shape.Part part = shape.parts().get(i);
            Optional<?> value;
            if (part instanceof Shape.OriginPart) {
                value = Optional.of(origin(mapping));
            } else if (part instanceof Shape.FlatPart flat) {
                value = build(mapping, flat.shape());
            } else {
                value = field(mapping, ((Shape.KeyPart) part).field());
            }
            complete &= value.isPresent();
            args[i] = value.orElse(null);
        }
        return complete ? Optional.of(construct(shape.type(), args)) : Optional.empty();
    }

    /** The value of one field as its component takes it, or empty when it is missing or unusable. */
    private Optional<?> field(Node.Mapping mapping, Field field) {
        Optional<Node.Entry> entry = mapping.entry(field.key())
                .filter(present -> !(present.value() instanceof Node.Scalar scalar && scalar.kind() == Node.ScalarKind.NULL));
        Class<?> component = field.component().getType();
        if (entry.isEmpty()) {
            if (field.fallback().isPresent()) {
                String fallback = field.fallback().get();
                // A default is read as if written: as YAML would type it for this field.
                Node.ScalarKind kind = field.type() instanceof ValueType.WholeNumber ? Node.ScalarKind.INTEGER
                        : field.type() instanceof ValueType.Bool ? Node.ScalarKind.BOOLEAN
                        : Node.ScalarKind.TEXT;
                return value(new Node.Scalar(mapping.at(), fallback, kind), field.type(), field);
            }
            if (field.required()) {
                String about = field.doc().isEmpty() ? "" : " (" + field.doc() + ")";
                Optional<Node.Entry> written = mapping.entry(field.key());
                if (written.isPresent()) {
                    // Written without a value, as in a copied template: point at the key.
                    out.report(Rule.SCHEMA_REQUIRED, written.get().keyAt(), "required field `" + field.key() + "` has no value",
                            "write its value after `" + field.key() + ":`" + about);
                } else {
                    out.report(Rule.SCHEMA_REQUIRED, mapping.at(), "missing required field `" + field.key() + "`",
                            "add `" + field.key() + ":`" + about);
                }
                return Optional.empty();
            }
            return Optional.of(component == Optional.class ? Optional.empty() : component == Map.class ? Map.of() : List.of());
        }
        Optional<Object> value = value(entry.get().value(), field.type(), field);
        if (value.isPresent() && value.get() instanceof List<?> list && list.isEmpty() && field.required()) {
            out.report(Rule.SCHEMA_REQUIRED, entry.get().value().at(), "`" + field.key() + "` must list at least one entry",
                    field.doc().isEmpty() ? null : field.doc());
            return Optional.empty();
        }
        return component == Optional.class ? value.map(Optional::of) : value;
    }

    private Optional<Object> value(Node node, ValueType type, Field field) {
        if (type instanceof ValueType.ListOf list) {
            if (!(node instanceof Node.Sequence sequence)) {
                return mismatch(node, field, "a list", "write each entry on its own line starting with `- `");
            }
            List<Object> items = new ArrayList<>();
            boolean complete = true;
            for (Node item : sequence.items()) {
                Optional<Object> value = value(item, list.element(), field);
                value.ifPresent(items::add);
                complete &= value.isPresent();
            }
            // Leaving a bad element out would make the rules see an assessment without its risk
            // or a control without its decision, and report that too.
            return complete ? Optional.of(List.copyOf(items)) : Optional.empty();
        }
        if (type instanceof ValueType.MapOf map) {
            if (!(node instanceof Node.Mapping mapping)) {
                return mismatch(node, field, "a mapping", null);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Node.Entry entry : mapping.entries()) {
                value(entry.value(), map.value(), field).ifPresent(v -> values.put(entry.key(), v));
            }
            return Optional.of(Map.copyOf(values));
        }
        if (type instanceof ValueType.Structure structure) {
            if (!(node instanceof Node.Mapping mapping)) {
                return mismatch(node, field, "a mapping of keys to values", null);
            }
            return structure(mapping, structure.type());
        }
        if (!(node instanceof Node.Scalar scalar)) {
            return mismatch(node, field, expectation(type), null);
        }
        return scalar(scalar, type, field);
    }

    private Optional<Object> scalar(Node.Scalar scalar, ValueType type, Field field) {
        if (type instanceof ValueType.Text) {
            return pattern(scalar, field);
        }
        if (type instanceof ValueType.WholeNumber) {
            if (scalar.kind() != Node.ScalarKind.INTEGER) {
                return mismatch(scalar, field, "a whole number", null);
            }
            return range(scalar, field);
        }
        if (type instanceof ValueType.Decimal) {
            if (scalar.kind() != Node.ScalarKind.INTEGER && scalar.kind() != Node.ScalarKind.DECIMAL) {
                return mismatch(scalar, field, "a number", null);
            }
            return Optional.of(Double.parseDouble(scalar.text()));
        }
        if (type instanceof ValueType.Bool) {
            if (scalar.kind() != Node.ScalarKind.BOOLEAN) {
                return mismatch(scalar, field, "true or false", null);
            }
            return Optional.of(Boolean.parseBoolean(scalar.text()));
        }
        if (type instanceof ValueType.Date) {
            return date(scalar, field);
        }
        if (type instanceof ValueType.Choice choice) {
            return choice(scalar, choice, field);
        }
        if (type instanceof ValueType.Reference reference) {
            return reference(scalar, reference, field);
        }
        if (scalar.reflowed()) {
            // AsciiDoc is line-oriented: joined lines would merge list items and headings, and
            // the positions of its macros would no longer match the file.
            out.report(Rule.SCHEMA_TYPE, scalar.at(), "`" + field.key() + "` must keep its lines as written",
                    "write it as a literal block: `" + field.key() + ": |` with the text indented on the lines below");
            return Optional.empty();
        }
        return narratives.read(scalar.text(), scalar.at()).map(Object.class::cast);
    }

    private Optional<Object> pattern(Node.Scalar scalar, Field field) {
        String text = scalar.text();
        if (field.pattern().isPresent() && !java.util.regex.Pattern.matches(field.pattern().get().regex(), text)) {
            out.report(Rule.SCHEMA_PATTERN, scalar.at(), "`" + field.key() + "` `" + text + "` is not "
                    + field.pattern().get().description(), null);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<Object> range(Node.Scalar scalar, Field field) {
        long number;
        try {
            number = Long.parseLong(scalar.text());
        } catch (NumberFormatException e) {
            number = Long.MAX_VALUE;
        }
        int min = field.range().map(r -> r.min()).orElse(Integer.MIN_VALUE);
        int max = field.range().map(r -> r.max()).orElse(Integer.MAX_VALUE);
        if (number < min || number > max) {
            out.report(Rule.SCHEMA_RANGE, scalar.at(), "`" + field.key() + "` is " + scalar.text()
                    + ", outside " + min + " to " + max, null);
            return Optional.empty();
        }
        return Optional.of((int) number);
    }

    private Optional<Object> date(Node.Scalar scalar, Field field) {
        if (scalar.kind() != Node.ScalarKind.TEXT || !DATE.matcher(scalar.text()).matches()) {
            out.report(Rule.SCHEMA_DATE, scalar.at(), "`" + field.key() + "` must be a date written YYYY-MM-DD, found "
                    + Node.describe(scalar), "write it like 2026-03-31");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(scalar.text()));
        } catch (DateTimeParseException e) {
            out.report(Rule.SCHEMA_DATE, scalar.at(), "`" + field.key() + "` " + scalar.text() + " is not a calendar date",
                    "check the month and the day");
            return Optional.empty();
        }
    }

    private Optional<Object> choice(Node.Scalar scalar, ValueType.Choice choice, Field field) {
        for (Enum<?> constant : choice.type().getEnumConstants()) {
            if (Names.value(constant).equals(scalar.text())) {
                return Optional.of(constant);
            }
        }
        List<String> values = choice.values();
        String hint = Suggestions.closest(scalar.text(), values)
                .map(value -> "did you mean `" + value + "`?")
                .orElse("choose one of: " + String.join(", ", values));
        out.report(Rule.SCHEMA_ENUM, scalar.at(), "`" + field.key() + "` cannot be `" + scalar.text() + "`", hint);
        return Optional.empty();
    }

    private Optional<Object> reference(Node.Scalar scalar, ValueType.Reference reference, Field field) {
        String text = scalar.text().strip();
        int colon = text.indexOf(':');
        Optional<RefKind> kind = colon > 0 ? RefKind.ofPrefix(text.substring(0, colon)) : Optional.empty();
        String id = colon > 0 ? text.substring(colon + 1) : "";
        if (kind.isEmpty() || id.isBlank() || !reference.kinds().contains(kind.get())) {
            String kinds = reference.kinds().stream().sorted().map(k -> k.prefix() + ":id").collect(Collectors.joining(", "));
            String hint = kind.isEmpty() && colon < 0 && reference.kinds().size() == 1
                    ? "write it as " + reference.kinds().iterator().next().prefix() + ":" + text
                    : "`" + field.key() + "` takes " + kinds;
            out.report(Rule.REF_KIND, scalar.at(), "`" + field.key() + "` `" + text + "` is not a reference it takes", hint);
            return Optional.empty();
        }
        return Optional.of(new Ref(kind.get(), id, scalar.at()));
    }

    private Optional<Object> mismatch(Node node, Field field, String expected, String hint) {
        out.report(Rule.SCHEMA_TYPE, node.at(), "`" + field.key() + "` must be " + expected + ", found " + Node.describe(node), hint);
        return Optional.empty();
    }

    private static String expectation(ValueType type) {
        if (type instanceof ValueType.Reference reference) {
            return "a reference such as " + reference.kinds().stream().sorted().findFirst().map(RefKind::prefix).orElse("kind") + ":id";
        }
        if (type instanceof ValueType.Prose) {
            return "AsciiDoc text";
        }
        if (type instanceof ValueType.Date) {
            return "a date written YYYY-MM-DD";
        }
        if (type instanceof ValueType.Choice choice) {
            return "one of " + String.join(", ", choice.values());
        }
        return type instanceof ValueType.Bool ? "true or false" : type instanceof ValueType.Text ? "text" : "a number";
    }

    private static Origin origin(Node.Mapping mapping) {
        Map<String, Position> fields = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries()) {
            fields.put(entry.key(), entry.value().at());
            if (entry.value() instanceof Node.Sequence list) {
                for (int i = 0; i < list.items().size(); i++) {
                    fields.put(Origin.item(entry.key(), i), list.items().get(i).at());
                }
            }
        }
        return new Origin(mapping.at(), fields);
    }

    private static Object construct(Class<? extends Record> type, Object[] args) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("model " + type.getSimpleName() + " refused bound values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("model " + type.getSimpleName() + " cannot be constructed", e);
        }
    }
}
