package org.aimsbook.model.meta;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aimsbook.model.Narrative;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;

/**
 * The kind of value a content field holds, derived from a record component's Java type. The
 * YAML binder and the JSON Schema generator both switch over this, which is what keeps the
 * schemas editors see and the rules the loader enforces the same.
 */
public sealed interface ValueType {

    /** Free text; YAML numbers and booleans are taken as their written text. */
    record Text() implements ValueType { }

    record WholeNumber() implements ValueType { }

    record Decimal() implements ValueType { }

    record Bool() implements ValueType { }

    /** An ISO-8601 calendar date such as 2026-03-31. */
    record Date() implements ValueType { }

    record Choice(Class<? extends Enum<?>> type) implements ValueType {
        public List<String> values() {
            return Arrays.stream(type.getEnumConstants()).map(Names::value).toList();
        }
    }

    /** A {@code kind:id} reference to another document, a risk, a control or a clause. */
    record Reference(Set<RefKind> kinds) implements ValueType { }

    /** AsciiDoc narrative. */
    record Prose() implements ValueType { }

    record Structure(Class<? extends Record> type) implements ValueType { }

    record ListOf(ValueType element) implements ValueType { }

    /** A mapping from free keys (such as rule ids) to values. */
    record MapOf(ValueType value) implements ValueType { }

    /** The value type of a Java type as used in the model; {@code refers} narrows references. */
    @SuppressWarnings("unchecked")
    static ValueType of(Type type, Refers refers) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] args = generic.getActualTypeArguments();
            if (raw == List.class) {
                return new ListOf(of(args[0], refers));
            }
            if (raw == Map.class && args[0] == String.class) {
                return new MapOf(of(args[1], refers));
            }
            if (raw == Optional.class) {
                return of(args[0], refers);
            }
        } else if (type instanceof Class<?> plain) {
            if (plain == String.class) {
                return new Text();
            }
            if (plain == int.class || plain == Integer.class) {
                return new WholeNumber();
            }
            if (plain == double.class || plain == Double.class) {
                return new Decimal();
            }
            if (plain == boolean.class || plain == Boolean.class) {
                return new Bool();
            }
            if (plain == LocalDate.class) {
                return new Date();
            }
            if (plain == Narrative.class) {
                return new Prose();
            }
            if (plain == Ref.class) {
                Set<RefKind> kinds = refers == null || refers.value().length == 0
                        ? EnumSet.allOf(RefKind.class)
                        : EnumSet.copyOf(Arrays.asList(refers.value()));
                return new Reference(Set.copyOf(kinds));
            }
            if (plain.isEnum()) {
                return new Choice((Class<? extends Enum<?>>) plain);
            }
            if (plain.isRecord()) {
                return new Structure((Class<? extends Record>) plain);
            }
        }
        throw new IllegalArgumentException("no content value type for " + type);
    }
}
