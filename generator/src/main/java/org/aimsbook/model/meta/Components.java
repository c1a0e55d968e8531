package org.aimsbook.model.meta;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** Reads record components reflectively, for the code that walks content records by their shape. */
public final class Components {
    /**
     * Each record class's components, looked up once: {@link Class#getRecordComponents()} builds
     * them anew on every call, and the checks, backlinks and page facts walk every record of
     * the content, over and over in a preview.
     */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : List.of(components);
        }
    };

    private Components() {
    }

    /** The components of a record class, in declaration order; none for any other class. */
    public static List<RecordComponent> of(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /** The value of one component of a record. */
    public static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /**
     * The value of a field in a record that holds it directly or in a {@link Flatten}ed
     * component (as every document holds its header's fields).
     */
    public static Object valueOf(Field field, Record record) {
        Class<?> declaring = field.component().getDeclaringRecord();
        if (declaring.isInstance(record)) {
            return read(field.component(), record);
        }
        for (RecordComponent component : of(record.getClass())) {
            if (component.getType() == declaring) {
                return read(field.component(), (Record) read(component, record));
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + field.key());
    }
}
