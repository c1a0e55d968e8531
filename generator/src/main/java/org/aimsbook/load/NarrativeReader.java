package org.aimsbook.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Narrative;
import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.RefMacroSyntax;

/**
 * Reads AsciiDoc narrative without rendering it: finds the typed inline macros
 * ({@code role:aims-manager[]}) with their positions, and checks that every {@code include::}
 * stays inside the content folder and names a file that exists. Macros in comments and in
 * literal, listing and passthrough blocks are examples, not references, and are skipped.
 * Asciidoctor converts nested lists and blocks recursively, so narrative nesting deeper than
 * any document needs is refused here, before it can exhaust the converter's stack.
 */
final class NarrativeReader {
    private static final java.util.regex.Pattern INCLUDE = java.util.regex.Pattern.compile("^include::([^\\[]+)\\[");
    private static final java.util.regex.Pattern DELIMITER = java.util.regex.Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");
    /** Delimiters of blocks that hold further blocks: example, sidebar, quote, open, table. */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("^(={4,}|\\*{4,}|_{4,}|--|[|!]={3,})\\s*$");
    /** A list item; each marker character is counted as a level, as deep as the writer could mean. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^\\s*(\\*+|\\.+)\\s+\\S");

    /** Inline ways to put raw HTML on a page: {@code pass:[…]}, {@code +++…+++}, {@code javascript:} links. */
    private static final java.util.regex.Pattern RAW_INLINE = java.util.regex.Pattern.compile(
            "pass:[a-z,]*\\[|\\+\\+\\+|(?i)javascript:");

    private final Path root;
    private final Diagnostics.Builder out;

    /** @param root the content folder, real path */
    NarrativeReader(Path root, Diagnostics.Builder out) {
        this.root = root;
        this.out = out;
    }

    /** A compound block still open: its delimiter, how deep it stands, and the list level around it. */
    private record Open(String delimiter, int depth, int listLevel) {
    }

    /**
     * @param start where the text's first character stands; later lines keep its column as their indent
     * @return the narrative, or empty (with a diagnostic) when it nests deeper than it may
     */
    Optional<Narrative> read(String asciidoc, Position start) {
        String file = start.file();
        List<Ref> mentions = new ArrayList<>();
        List<Position> rawHtml = new ArrayList<>();
        String closing = null;
        Deque<Open> open = new ArrayDeque<>();
        int listLevel = 0;
        List<String> lines = asciidoc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = start.line() + i;
            int indent = start.column() - 1;
            // Includes are expanded before blocks are parsed, so one inside a listing block (the
            // usual way to show a file's source) is read as well.
            Matcher include = INCLUDE.matcher(line);
            if (include.find()) {
                include(include.group(1).strip(), new Position(file, lineNumber, indent + 1));
                continue;
            }
            Matcher delimiter = DELIMITER.matcher(line);
            if (closing != null) {
                if (line.strip().equals(closing)) {
                    closing = null;
                }
                continue;
            }
            if (delimiter.matches()) {
                closing = delimiter.group(1);
                if (closing.startsWith("+")) {
                    rawHtml.add(new Position(file, lineNumber, indent + 1));
                }
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            int base = open.isEmpty() ? 0 : open.peek().depth();
            Matcher compound = COMPOUND.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            int depth = base;
            if (compound.matches() && !open.isEmpty() && open.peek().delimiter().equals(compound.group(1))) {
                listLevel = open.pop().listLevel();
            } else if (compound.matches()) {
                depth = base + listLevel + 1;
                open.push(new Open(compound.group(1), depth, listLevel));
                listLevel = 0;
            } else if (item.find()) {
                listLevel = item.group(1).length();
                depth = base + listLevel;
            }
            if (depth > ContentLimits.MAX_NARRATIVE_DEPTH) {
                out.report(Rule.NARRATIVE_DEPTH, new Position(file, lineNumber, indent + 1), "lists and blocks nest " + depth
                        + " levels deep here; narrative may nest at most " + ContentLimits.MAX_NARRATIVE_DEPTH,
                        "flatten the structure: split deep lists, or close blocks before opening others");
                return Optional.empty();
            }
            if (line.strip().equals("[pass]")) {
                rawHtml.add(new Position(file, lineNumber, indent + 1));
            }
            Matcher raw = RAW_INLINE.matcher(line);
            if (raw.find()) {
                rawHtml.add(new Position(file, lineNumber, indent + raw.start() + 1));
            }
            Matcher macro = RefMacroSyntax.START.matcher(line);
            while (macro.find()) {
                RefKind kind = RefKind.ofPrefix(macro.group("kind")).orElseThrow();
                mentions.add(new Ref(kind, kind.id(macro.group("id")), new Position(file, lineNumber, indent + macro.start() + 1)));
            }
        }
        return Optional.of(new Narrative(asciidoc, start, mentions, rawHtml));
    }

    private void include(String target, Position at) {
        if (target.contains("{")) {
            return;
        }
        if (target.contains("://")) {
            out.report(Rule.INCLUDE_OUTSIDE, at, "include of `" + target + "` reaches outside the content folder",
                    "copy what you need into a file under content/ and include that");
            return;
        }
        Path base = root.resolve(at.file()).getParent();
        Path resolved = base.resolve(target).normalize();
        if (!resolved.startsWith(root)) {
            out.report(Rule.INCLUDE_OUTSIDE, at, "include of `" + target + "` reaches outside the content folder",
                    "includes may only name files inside content/");
            return;
        }
        if (!Files.isRegularFile(resolved)) {
            out.report(Rule.INCLUDE_MISSING, at, "included file `" + target + "` does not exist", "the path is relative to "
                    + (root.relativize(base).toString().isEmpty() ? "the content folder" : root.relativize(base).toString().replace('\\', '/') + "/"));
            return;
        }
        try {
            if (!resolved.toRealPath().startsWith(root)) {
                out.report(Rule.INCLUDE_OUTSIDE, at, "include of `" + target + "` follows a link outside the content folder",
                        "includes may only name files inside content/");
            } else if (Files.size(resolved) > ContentLimits.MAX_FILE_BYTES) {
                // Included text is converted with the narrative: the bound on content files holds for it too.
                out.report(Rule.FILE_TOO_LARGE, at, "included file `" + target + "` is " + Files.size(resolved) / 1024
                        + " KiB; content files may be at most " + ContentLimits.MAX_FILE_BYTES / 1024 + " KiB",
                        "split it into several files");
            }
        } catch (java.io.IOException e) {
            out.report(Rule.INCLUDE_MISSING, at, "included file `" + target + "` cannot be read: " + e.getMessage(), null);
        }
    }
}
