package org.aimsbook.publish.pdf;

/**
 * Puts text from the model into generated AsciiDoc as text: a title or justification that
 * reads {@code *draft*} or {@code {version}} must print as written, not be formatted or substituted.
 */
final class AsciiDocText {
    private AsciiDocText() {
    }

    /** Literal text for a paragraph, heading or list item. */
    static String inline(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ').strip();
        return line.isEmpty() ? "" : "pass:c[" + line.replace("\\", "\\\\").replace("]", "\\]") + "]";
    }

    /** Literal text inside a table cell, where {@code |} would start the next cell. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
