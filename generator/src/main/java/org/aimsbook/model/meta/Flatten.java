package org.aimsbook.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component whose fields sit in the enclosing YAML mapping rather than under a key
 * of their own: every document's {@code Header} is written this way, so that {@code id} and
 * {@code title} stand at the top of each file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Flatten {
}
