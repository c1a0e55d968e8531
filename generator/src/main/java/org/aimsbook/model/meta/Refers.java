package org.aimsbook.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.aimsbook.model.RefKind;

/** The kinds a reference field (or list of references) may point to; empty means any kind. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Refers {
    RefKind[] value() default {};
}
