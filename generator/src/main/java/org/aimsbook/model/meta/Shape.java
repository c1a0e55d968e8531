package org.aimsbook.model.meta;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.Origin;

/**
 * The YAML shape of a content record, read from its components and their annotations.
 *
 * <p>Components of type {@link Origin} are bookkeeping filled by the loader, not keys;
 * {@link Flatten} components contribute their own fields to the enclosing mapping.
 *
 * @param type the record
 * @param doc its description
 * @param parts each component in declaration order, as a field or a flattened shape
 */
public record Shape(Class<? extends Record> type, String doc, List<Part> parts) {

    /** A component of the record: a key of its own, a flattened record, or its origin. */
    public sealed interface Part permits KeyPart, FlatPart, OriginPart { }

    public record KeyPart(Field field) implements Part { }

    public record FlatPart(Shape shape) implements Part { }

    public record OriginPart() implements Part { }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Shape computeValue(Class<?> type) {
            return read((Class<? extends Record>) type);
        }
    };

    public static Shape of(Class<? extends Record> type) {
        return SHAPES.get(type);
    }

    /** Every key this shape accepts, its flattened parts included, in declaration order. */
    public List<Field> fields() {
        List<Field> all = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof KeyPart key) {
                all.add(key.field());
            } else if (part instanceof FlatPart flat) {
                all.addAll(flat.shape().fields());
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Shape read(Class<? extends Record> type) {
        List<Part> parts = new ArrayList<>();
        for (RecordComponent component : Components.of(type)) {
            if (component.getType() == Origin.class) {
                parts.add(new OriginPart());
            } else if (component.isAnnotationPresent(Flatten.class)) {
                parts.add(new FlatPart(of((Class<? extends Record>) component.getType())));
            } else {
                parts.add(new KeyPart(field(component)));
            }
        }
        Doc doc = type.getAnnotation(Doc.class);
        return new Shape(type, doc == null ? "" : doc.value(), List.copyOf(parts));
    }

    private static Field field(RecordComponent component) {
        Class<?> raw = component.getType();
        Optional<String> fallback = Optional.ofNullable(component.getAnnotation(Default.class)).map(Default::value);
        boolean collection = raw == List.class || raw == Map.class;
        boolean required = raw != Optional.class
                && fallback.isEmpty()
                && (!collection || component.isAnnotationPresent(NonEmpty.class));
        Doc doc = component.getAnnotation(Doc.class);
        return new Field(
                Names.key(component.getName()),
                component,
                ValueType.of(component.getGenericType(), component.getAnnotation(Refers.class)),
                required,
                fallback,
                Optional.ofNullable(component.getAnnotation(Pattern.class)),
                Optional.ofNullable(component.getAnnotation(Range.class)),
                doc == null ? "" : doc.value());
    }
}
