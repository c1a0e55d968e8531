package org.aimsbook.render;

import java.util.Comparator;
import java.util.stream.Stream;
import org.aimsbook.model.DocumentType;
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
    /** Search lists pages by kind, in navigation order, so a kind is one range of page numbers. */
    private static final List<String> KINDS = Stream.concat(
            Stream.of(DocumentType.values()).map(type -> type.refKind().prefix()),
            Stream.of(ControlPages.KIND, HomePage.KIND)).toList();
    /** The order of pages in the search index: by kind, then by path. */
    public static final Comparator<Findable> SEARCH_ORDER = Comparator
            .comparingInt((Findable page) -> KINDS.indexOf(page.typeKey()))
            .thenComparing(Findable::path);

    public Findable {
        ids = List.copyOf(ids);
    }
}
