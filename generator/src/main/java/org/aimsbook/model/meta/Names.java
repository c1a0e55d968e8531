package org.aimsbook.model.meta;

import java.util.Locale;

/** How Java names appear in content: snake_case keys and kebab-case choice values. */
public final class Names {
    private Names() {
    }

    /** {@code nextReview} becomes {@code next_review}. */
    public static String key(String componentName) {
        StringBuilder key = new StringBuilder(componentName.length() + 4);
        for (char c : componentName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                key.append('_').append(Character.toLowerCase(c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** {@code IN_PROGRESS} becomes {@code in-progress}. */
    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
