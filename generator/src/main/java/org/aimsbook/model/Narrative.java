package org.aimsbook.model;

import java.util.List;

/**
 * AsciiDoc prose of a document, kept as written for the renderer.
 *
 * @param asciidoc the source text
 * @param start where its first line stands in the content
 * @param mentions the typed inline macros ({@code role:aims-manager[]}) it contains, with positions
 * @param rawHtml where it passes raw HTML through (passthrough blocks and macros, {@code javascript:} links)
 */
public record Narrative(String asciidoc, Position start, List<Ref> mentions, List<Position> rawHtml) {

    public Narrative {
        mentions = List.copyOf(mentions);
        rawHtml = List.copyOf(rawHtml);
    }
}
