package org.aimsbook.model;

/**
 * The mark of text a writer still has to write: {@code aimsbook new} fills a document's
 * required fields with it, and the checker reports every one left. {@code TODO:} is what writers
 * and their editors already recognise, and finished governance content has no use for it.
 */
public final class Placeholder {
    /** The text that marks a placeholder, wherever it stands in a value or a narrative line. */
    public static final String MARKER = "TODO:";

    private Placeholder() {
    }

    /** A placeholder asking for what is described: {@code TODO: the system's purpose}. */
    public static String asking(String what) {
        return MARKER + " " + what;
    }

    public static boolean in(String text) {
        return text.contains(MARKER);
    }
}
