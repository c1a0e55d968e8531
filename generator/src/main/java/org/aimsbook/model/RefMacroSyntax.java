package org.aimsbook.model;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How narrative writes a reference: a typed inline macro, {@code role:aims-manager[]} or
 * {@code role:dpo[the DPO]}. One definition serves the checker, which finds the references, and
 * the converters, which turn them into links, so no link is made that the checker did not
 * see. The expressions use only syntax that Java and Ruby (Asciidoctor's regular expressions)
 * read alike: ASCII {@code \w}, a one-character look-behind, lazy repetition.
 */
public final class RefMacroSyntax {
    /** Right before a kind's name, one of these makes it part of a word, path or link ({@code metadata:x[]}, {@code …/role:x[]}). */
    private static final String PART_OF_SOMETHING_ELSE = "\\w:/.-";
    private static final String KINDS = Stream.of(RefKind.values()).map(RefKind::prefix).collect(Collectors.joining("|"));
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /**
     * The start of a macro up to its {@code [}, with groups {@code kind} and {@code id}. An
     * escaped macro ({@code \role:x[]}) is not a reference, so a backslash before it excludes it.
     */
    public static final Pattern START = Pattern.compile(
            "(?<![\\\\" + PART_OF_SOMETHING_ELSE + "])(?<kind>" + KINDS + "):(?<id>" + ID + ")\\[");

    /**
     * The whole macro as an Asciidoctor inline macro's expression, for all kinds in one pass:
     * groups {@code target} ({@code kind:id}) and {@code content} (the link text). A leading
     * backslash is matched so that Asciidoctor, seeing it, prints the macro as written without it.
     * The closing bracket is the first one not escaped, as in Asciidoctor's own macros.
     */
    public static final String ASCIIDOCTOR = "\\\\?(?<![" + PART_OF_SOMETHING_ELSE + "])(?<target>(?:" + KINDS + "):" + ID
            + ")\\[(?<content>|.*?[^\\\\])\\]";

    private RefMacroSyntax() {
    }
}
