package org.aimsbook.index;

import java.util.List;
import java.util.Map;

/**
 * What a query found in a version's index.
 *
 * @param total how many pages match
 * @param hits the best of them, best first
 * @param types how many matching pages each kind has, in page order
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Integer> types) {

    public SearchResults {
        hits = List.copyOf(hits);
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
    }
}
