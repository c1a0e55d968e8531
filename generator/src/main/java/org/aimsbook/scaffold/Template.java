package org.aimsbook.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A text resource with {@code {{name}}} slots. Not {@code ${name}}: the templates include a
 * Maven POM, whose own properties look like that.
 */
final class Template {
    private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{\\{([a-z-]+)}}");

    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** @param name the resource's path below {@code org/aimsbook/scaffold/} */
    static Template named(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no scaffold template " + name + " in the aimsbook jar");
            }
            return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String name) {
        return Template.class.getResource(name) != null;
    }

    /** The text with every slot filled; a slot without a value is a bug in the caller. */
    String fill(Map<String, String> values) {
        Matcher slot = SLOT.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + name + " has a slot {{" + slot.group(1) + "}} with no value");
            }
            slot.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        slot.appendTail(filled);
        return filled.toString();
    }

    /** Text as a double-quoted YAML scalar, safe whatever the writer typed. */
    static String yamlText(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
