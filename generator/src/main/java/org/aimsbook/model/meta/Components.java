package org.aimsbook.model.meta;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Reads record components reflectively, for the code that walks content records by their shape. */
public final class Components {
    private Components() {
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
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == declaring) {
                return read(field.component(), (Record) read(component, record));
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + field.key());
    }
}
