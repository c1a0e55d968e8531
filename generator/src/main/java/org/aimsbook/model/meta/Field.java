package org.aimsbook.model.meta;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * One YAML key of a content record.
 *
 * @param key the snake_case key writers use
 * @param component the record component it fills
 * @param type what the value must be
 * @param required whether a missing key is an error
 * @param fallback the YAML text a missing key stands for, if any
 * @param pattern a constraint on text values
 * @param range bounds on whole numbers
 * @param doc the description shown to writers
 */
public record Field(
        String key,
        RecordComponent component,
        ValueType type,
        boolean required,
        Optional<String> fallback,
        Optional<Pattern> pattern,
        Optional<Range> range,
        String doc) {

    /** Whether the component is an {@code Optional} (missing means empty). */
    public boolean optional() {
        return component.getType() == Optional.class;
    }
}
