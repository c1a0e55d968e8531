package org.aimsbook.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML text into {@link Node}s that keep their positions. Anchors and aliases are
 * refused outright: content gains nothing from them and they are the way to a YAML bomb.
 */
final class YamlReader {
    /** Deeper than any content type nests; a bound against stack exhaustion by crafted input. */
    private static final int MAX_DEPTH = 64;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(0);
        limits.setNestingDepthLimit(MAX_DEPTH);
        limits.setCodePointLimit(ContentLimits.MAX_FILE_BYTES);
        // Only true and false are booleans, as in YAML 1.2: under YAML 1.1 the documented rule
        // setting `off`, or a title such as `No`, would arrive as false. A key without a value
        // (`purpose:`) is null, as in YAML, not empty text that would pass for a value.
        factory = YAMLFactory.builder().loaderOptions(limits)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS, YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }

    /**
     * @param text the YAML
     * @param file the content-relative path, for positions
     * @param firstLine the line of the file on which {@code text} begins (front matter starts on line 2)
     * @return the root node, or empty (with a diagnostic) when the text holds no YAML value or could not be parsed
     */
    Optional<Node> read(String text, String file, int firstLine, Diagnostics.Builder out) {
        Reading reading = new Reading(text, file, firstLine, out);
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            reading.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                out.report(Rule.FILE_EMPTY, new Position(file, firstLine, 1), "no YAML here",
                        "write the document's id, title and fields");
                return Optional.empty();
            }
            Node root = reading.value(first, 0);
            JsonToken after = parser.nextToken();
            if (after != null) {
                out.report(Rule.YAML_SYNTAX, reading.separatorBefore(reading.position(parser.currentTokenLocation())),
                        "a second YAML document starts here; a content file holds one",
                        "remove the `---` line that starts it, or move it to a file of its own");
                return Optional.empty();
            }
            return reading.failed ? Optional.empty() : Optional.of(root);
        } catch (StreamReadException e) {
            reportSyntax(reading, e, out);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reportSyntax(Reading reading, StreamReadException e, Diagnostics.Builder out) {
        String problem = e.getOriginalMessage().lines().findFirst().orElse("unreadable YAML").strip();
        Position at = reading.position(e.getLocation());
        // Jackson passes on SnakeYAML's context ("while scanning for the next token") as the
        // message and the last token it read as the location; the problem and its mark are what
        // the writer has to fix.
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null && marked.getProblemMark() != null) {
            problem = marked.getProblem();
            at = reading.position(marked.getProblemMark());
            // Past the last line there is nothing to point at; point at what was left open instead.
            if (marked.getProblemMark().getLine() >= reading.lines.size() && marked.getContextMark() != null) {
                problem += " (" + marked.getContext() + ")";
                at = reading.position(marked.getContextMark());
            }
        }
        // SnakeYAML refuses control characters before parsing, at a character offset of the text.
        if (e.getCause() instanceof ReaderException unreadable) {
            problem = "character U+" + String.format("%04X", unreadable.getCodePoint()) + " is not allowed in YAML";
            at = reading.position(unreadable.getPosition());
        }
        String hint = problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("tab")
                ? "YAML is indented with spaces; replace the tab characters"
                : "check the indentation and quoting on this line and the one before it";
        out.report(Rule.YAML_SYNTAX, at, "YAML cannot be parsed: " + problem, hint);
    }

    /** The state of reading one text. */
    private static final class Reading {
        private final String text;
        private final List<String> lines;
        private final String file;
        private final int firstLine;
        private final Diagnostics.Builder out;
        private YAMLParser parser;
        private boolean failed;
        private boolean aliasRefused;

        Reading(String text, String file, int firstLine, Diagnostics.Builder out) {
            this.text = text;
            this.lines = text.lines().toList();
            this.file = file;
            this.firstLine = firstLine;
            this.out = out;
        }

        Node value(JsonToken token, int depth) throws IOException {
            Position at = position(parser.currentTokenLocation());
            if ((parser.getObjectId() != null || parser.isCurrentAlias() || anchored(at)) && !aliasRefused) {
                // One report is enough: a YAML bomb holds thousands of anchors.
                aliasRefused = true;
                failed = true;
                out.report(Rule.YAML_ALIAS, at, "YAML anchors and aliases (&name, *name) are not accepted in content",
                        "write the value out in full where it is needed");
            }
            if (depth > MAX_DEPTH) {
                throw new JsonParseException(parser, "nesting deeper than " + MAX_DEPTH + " levels");
            }
            return switch (token) {
                case START_OBJECT -> mapping(at, depth);
                case START_ARRAY -> sequence(at, depth);
                case VALUE_STRING -> scalar(at, Node.ScalarKind.TEXT);
                case VALUE_NUMBER_INT -> scalar(at, Node.ScalarKind.INTEGER);
                case VALUE_NUMBER_FLOAT -> scalar(at, Node.ScalarKind.DECIMAL);
                case VALUE_TRUE, VALUE_FALSE -> scalar(at, Node.ScalarKind.BOOLEAN);
                case VALUE_NULL -> new Node.Scalar(at, "", Node.ScalarKind.NULL);
                case VALUE_EMBEDDED_OBJECT -> binary(at);
                default -> throw new JsonParseException(parser, "unexpected " + token);
            };
        }

        /** Jackson decodes {@code !!binary} values into bytes, which no content field holds. */
        private Node binary(Position at) {
            failed = true;
            out.report(Rule.YAML_SYNTAX, at, "binary values (!!binary) are not accepted in content",
                    "write the value as text, and keep files such as images outside the document folders");
            return new Node.Scalar(at, "", Node.ScalarKind.NULL);
        }

        private Node mapping(Position at, int depth) throws IOException {
            List<Node.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String key = parser.currentName();
                Position keyAt = position(parser.currentTokenLocation());
                Node value = value(parser.nextToken(), depth + 1);
                if (seen.add(key)) {
                    entries.add(new Node.Entry(key, keyAt, value));
                } else {
                    failed = true;
                    out.report(Rule.YAML_DUPLICATE_KEY, keyAt, "key `" + key + "` is given twice in this mapping",
                            "keep one of them");
                }
            }
            return new Node.Mapping(at, List.copyOf(entries));
        }

        private Node sequence(Position at, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                items.add(value(token, depth + 1));
            }
            return new Node.Sequence(at, List.copyOf(items));
        }

        private Node scalar(Position at, Node.ScalarKind kind) throws IOException {
            // The parser's current location is the end of the scalar just read.
            boolean severalLines = position(parser.currentLocation()).line() > at.line();
            boolean reflowed = severalLines && opening(at) != '|';
            return new Node.Scalar(textStart(at), parser.getText(), kind, reflowed);
        }

        /** The character a scalar starts with in the source (a quote or block indicator), or 0. */
        private char opening(Position at) {
            int index = at.line() - firstLine;
            if (index < 0 || index >= lines.size() || at.column() > lines.get(index).length()) {
                return 0;
            }
            return lines.get(index).charAt(at.column() - 1);
        }

        /**
         * Where a scalar's text begins. The parser places block scalars ({@code |}, {@code >}) at
         * their indicator and quoted ones at the quote; narrative positions need the text itself.
         */
        private Position textStart(Position at) {
            char opening = opening(at);
            int index = at.line() - firstLine;
            if (opening == '"' || opening == '\'') {
                return new Position(file, at.line(), at.column() + 1);
            }
            if (opening != '|' && opening != '>') {
                return at;
            }
            // Empty lines before the first content line are part of the text, so it begins on the
            // line after the indicator; its indent is that of the first content line.
            for (int next = index + 1; next < lines.size(); next++) {
                String line = lines.get(next);
                if (!line.isBlank()) {
                    int indent = line.length() - line.stripLeading().length();
                    return new Position(file, index + 1 + firstLine, indent + 1);
                }
            }
            return at;
        }

        /**
         * Whether the value at this position starts with an anchor. Jackson names the anchors of
         * mappings and lists but not of scalars, whose position is that of their anchor.
         */
        private boolean anchored(Position at) {
            int index = at.line() - firstLine;
            return index >= 0 && index < lines.size() && at.column() <= lines.get(index).length()
                    && lines.get(index).charAt(at.column() - 1) == '&';
        }

        /** The {@code ---} line that opened the document whose first value stands at {@code at}. */
        Position separatorBefore(Position at) {
            for (int index = Math.min(at.line() - firstLine, lines.size() - 1); index >= 0; index--) {
                if (lines.get(index).startsWith("---")) {
                    return new Position(file, index + firstLine, 1);
                }
            }
            return at;
        }

        Position position(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return new Position(file, firstLine, 1);
            }
            return new Position(file, location.getLineNr() + firstLine - 1, Math.max(1, location.getColumnNr()));
        }

        /** The position of a character offset into the text. */
        Position position(int offset) {
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Position(file, line + firstLine, offset - lineStart + 1);
        }

        /** SnakeYAML counts lines and columns from 0. */
        Position position(Mark mark) {
            return new Position(file, mark.getLine() + firstLine, mark.getColumn() + 1);
        }
    }
}
