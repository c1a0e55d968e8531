package org.aimsbook.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Answers a query from a version's Lucene index with Lucene's own query syntax: words,
 * {@code "phrases"}, {@code -excluded}, {@code OR}, wildcards and fields such as
 * {@code type:policy} or {@code owner:"AIMS Manager"}. All words are required unless joined
 * by {@code OR}, as in the browser.
 */
public final class HandbookSearch {
    private static final int SNIPPETS = 2;

    private HandbookSearch() {
    }

    /**
     * @param index a version's Lucene index, from {@link SearchCache#index}
     * @param mark what goes around a matched word in snippets: opening and closing text
     * @throws IllegalArgumentException when the query is not in Lucene's syntax
     */
    public static SearchResults search(Path index, String query, int limit, String[] mark) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory);
                Analyzer analyzer = queryAnalyzer()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query parsed = parse(query, analyzer);
            TopDocs all = searcher.search(parsed, Math.max(1, reader.maxDoc()));
            Map<String, Integer> types = new LinkedHashMap<>();
            for (ScoreDoc hit : all.scoreDocs) {
                types.merge(searcher.storedFields().document(hit.doc).get(SearchFields.TYPE), 1, Integer::sum);
            }
            TopDocs top = new TopDocs(all.totalHits, java.util.Arrays.copyOf(all.scoreDocs, Math.min(limit, all.scoreDocs.length)));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(mark[0], mark[1], " … ", false))
                    .build();
            String[] snippets = highlighter.highlight(SearchFields.BODY, parsed, top, SNIPPETS);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document page = searcher.storedFields().document(top.scoreDocs[i].doc);
                hits.add(new SearchHit(page.get(SearchFields.PATH), page.get(SearchFields.TITLE), page.get(SearchFields.TYPE),
                        top.scoreDocs[i].score, snippets[i] == null ? List.of() : List.of(snippets[i].replaceAll("\\s+", " ").strip())));
            }
            return new SearchResults(all.totalHits.value, hits, ordered(types, reader));
        }
    }

    private static Query parse(String query, Analyzer analyzer) {
        String[] fields = SearchFields.WEIGHTS.keySet().stream().sorted().toArray(String[]::new);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, SearchFields.WEIGHTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            String reason = e.getMessage().lines().findFirst().orElse("").replaceFirst("^Cannot parse '.*': ", "");
            throw new IllegalArgumentException("cannot read the query `" + query + "`: " + reason
                    + " (Lucene query syntax: quote phrases, escape : ( ) [ ] with \\)", e);
        }
    }

    /** Types in page order, the order the static index lists them. */
    private static Map<String, Integer> ordered(Map<String, Integer> types, DirectoryReader reader) throws IOException {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (int doc = 0; doc < reader.maxDoc() && ordered.size() < types.size(); doc++) {
            String type = reader.storedFields().document(doc, java.util.Set.of(SearchFields.TYPE)).get(SearchFields.TYPE);
            if (types.containsKey(type)) {
                ordered.putIfAbsent(type, types.get(type));
            }
        }
        return ordered;
    }

    /** Prose fields are stemmed; ids and facets match whole, whatever their case. */
    private static Analyzer queryAnalyzer() {
        Analyzer whole = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String field : List.of(SearchFields.IDS, SearchFields.TYPE, SearchFields.OWNER, SearchFields.STATUS,
                SearchFields.CLASSIFICATION)) {
            fields.put(field, whole);
        }
        return new PerFieldAnalyzerWrapper(SearchFields.prose(), fields);
    }
}
