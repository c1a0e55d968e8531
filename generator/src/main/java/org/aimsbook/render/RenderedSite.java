package org.aimsbook.render;

import java.util.List;

/**
 * What the render stage hands on.
 *
 * @param pages every page written, relative to the version folder, in path order
 * @param findable the pages search covers, grouped by kind in navigation order, then by path
 * @param converted how many narratives Asciidoctor converted
 * @param cached how many narratives came unchanged from the conversion cache
 */
public record RenderedSite(List<String> pages, List<Findable> findable, int converted, int cached) {

    public RenderedSite {
        pages = List.copyOf(pages);
        findable = List.copyOf(findable);
    }
}
