package org.aimsbook.index;

import java.util.List;

/**
 * A page found by {@code aimsbook search}.
 *
 * @param path the page within the version folder
 * @param title its heading
 * @param type its kind, such as {@code policy}
 * @param score Lucene's score for the query
 * @param snippets passages of its text with the matched words marked
 */
public record SearchHit(String path, String title, String type, float score, List<String> snippets) {

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
