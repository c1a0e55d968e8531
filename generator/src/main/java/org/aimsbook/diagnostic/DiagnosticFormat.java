package org.aimsbook.diagnostic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Diagnostics as people and tools read them. Paths are shown under the content folder as the
 * user named it, so that editors and terminals can jump to {@code content/x.yaml:7:10}.
 */
public final class DiagnosticFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosticFormat() {
    }

    /** One diagnostic per entry, its hint indented below it, then the summary line. */
    public static String text(Diagnostics diagnostics, Path contentFolder, int documents) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            lines(d, contentFolder).forEach(line -> text.append(line).append('\n'));
        }
        return text.append(summary(diagnostics, documents)).append('\n').toString();
    }

    /**
     * One diagnostic as compilers print it, {@code path:line:col: error [RULE-ID] message}, then
     * its hint indented, if it has one. Faces that log line by line (Maven) print these.
     */
    public static List<String> lines(Diagnostic d, Path contentFolder) {
        String line = printable(path(contentFolder, d) + ':' + d.at().line() + ':' + d.at().column() + ": " + d.severity().word()
                + " [" + d.rule().id() + "] " + d.message());
        return d.hint().map(hint -> List.of(line, "  " + printable(hint))).orElse(List.of(line));
    }

    /**
     * The text with control characters and line separators written as escapes. Messages quote
     * what the content says (a key, a value, a file name), and content is not trusted: a key
     * holding a line break would print a forged diagnostic line into a CI log, an ESC would
     * drive the terminal.
     */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> printable.append("\\n");
                case '\r' -> printable.append("\\r");
                case '\t' -> printable.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        printable.append(String.format("\\u%04X", c));
                    } else {
                        printable.appendCodePoint(c);
                    }
                }
            }
        });
        return printable.toString();
    }

    /** "2 errors, 3 warnings in 41 documents". */
    public static String summary(Diagnostics diagnostics, int documents) {
        return count(diagnostics.errors(), "error") + ", " + count(diagnostics.warnings(), "warning")
                + " in " + count(documents, "document");
    }

    /** A JSON array with one object per diagnostic, for CI tools and editors. */
    public static String json(Diagnostics diagnostics, Path contentFolder) {
        ArrayNode array = JSON.createArrayNode();
        for (Diagnostic d : diagnostics.all()) {
            ObjectNode entry = array.addObject();
            entry.put("file", path(contentFolder, d));
            entry.put("line", d.at().line());
            entry.put("column", d.at().column());
            entry.put("severity", d.severity().word());
            entry.put("rule", d.rule().id());
            entry.put("message", d.message());
            d.hint().ifPresent(hint -> entry.put("hint", hint));
        }
        try {
            return JSON.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics cannot be written as JSON", e);
        }
    }

    private static String path(Path contentFolder, Diagnostic d) {
        return contentFolder.resolve(d.at().file()).normalize().toString().replace('\\', '/');
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
