package org.aimsbook.render;

import java.util.List;
import java.util.Optional;

/**
 * A written page the search index takes in. The index reads the page's words from the page
 * itself; this says what the HTML does not: its kind and the facets readers filter by.
 *
 * @param path the page within the version folder
 * @param title its heading
 * @param typeKey the kind of page, such as {@code policy} or {@code control}
 * @param typeLabel how the kind is named in filters
 * @param ids identifiers a reader may type, such as {@code A.6.2.8} or {@code ai-policy}
 * @param owner the title of the role owning the page's document, if it has one
 * @param status the page's state in words, such as "implemented" or "in progress"
 * @param classification the page's classification in words
 */
public record Findable(String path, String title, String typeKey, String typeLabel, List<String> ids,
        Optional<String> owner, Optional<String> status, String classification) {

    public Findable {
        ids = List.copyOf(ids);
    }
}
