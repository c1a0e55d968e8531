package org.aimsbook.load;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.Position;

/** A YAML value with the position where it was written; Jackson's own tree forgets positions. */
sealed interface Node {

    Position at();

    /** How YAML typed a plain scalar; quoted scalars are always {@code TEXT}. */
    enum ScalarKind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

    /**
     * @param at where the scalar's text begins (for block scalars, the line after the indicator, at the block's indent)
     * @param reflowed whether YAML joined or folded the lines it was written on (plain, quoted or {@code >}
     *                 text over several lines), so that its lines are no longer the file's
     */
    record Scalar(Position at, String text, ScalarKind kind, boolean reflowed) implements Node {

        /** A scalar whose lines are as written: one line, or a literal block. */
        Scalar(Position at, String text, ScalarKind kind) {
            this(at, text, kind, false);
        }
    }

    record Sequence(Position at, List<Node> items) implements Node { }

    record Entry(String key, Position keyAt, Node value) { }

    record Mapping(Position at, List<Entry> entries) implements Node {

        Optional<Entry> entry(String key) {
            return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
        }
    }

    /** How the value is named in messages: "a list", "a mapping", "text". */
    static String describe(Node node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Scalar scalar = (Scalar) node;
        return switch (scalar.kind()) {
            case NULL -> "nothing";
            case INTEGER, DECIMAL -> "the number " + scalar.text();
            case BOOLEAN -> "the boolean " + scalar.text();
            case TEXT -> "the text \"" + abbreviate(scalar.text()) + "\"";
        };
    }

    private static String abbreviate(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }
}
