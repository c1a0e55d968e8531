package org.aimsbook.index;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * The fields of a page in the search index, their weights and their analysis: what the
 * build indexes, the static export scores and {@code aimsbook search} queries.
 */
public final class SearchFields {
    public static final String TITLE = "title";
    public static final String HEADINGS = "headings";
    public static final String BODY = "body";
    /** Identifiers as typed, lowercased and never split or stemmed: {@code a.6.2.8}, {@code ai-policy}. */
    public static final String IDS = "ids";
    /** Every surface word of the page; not searched, its term dictionary is the export's word list. */
    public static final String WORDS = "words";
    public static final String PATH = "path";
    public static final String TYPE = "type";
    public static final String OWNER = "owner";
    public static final String STATUS = "status";
    public static final String CLASSIFICATION = "classification";
    /** The page number: the index sort, so Lucene's document numbers are the export's page numbers. */
    public static final String ORDER = "order";

    /** The searched fields and their weights: a title or id match outweighs a mention in the text. */
    public static final Map<String, Float> WEIGHTS = Map.of(TITLE, 3f, HEADINGS, 2f, BODY, 1f, IDS, 3f);

    /** The fields readers filter by, in the order the search page shows them (type aside). */
    public static final String[] FACETS = {OWNER, STATUS, CLASSIFICATION};

    /**
     * A surface word as the browser finds it in a query: letters and digits, joined inside
     * by {@code . _ ' ’ -}. The engine in the theme uses the same expression.
     */
    static final Pattern SURFACE_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._'’-][\\p{L}\\p{N}]+)*");

    private SearchFields() {
    }

    /** The analysis of prose: English stemming and stop words. */
    public static Analyzer prose() {
        return new EnglishAnalyzer();
    }

    /** Prose analysis for the text fields, surface words for {@link #WORDS}. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(prose(), Map.of(WORDS, surface()));
    }

    /** Splits lowercased text into surface words, as the browser does. */
    static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                PatternTokenizer tokenizer = new PatternTokenizer(SURFACE_WORD, 0);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }
}
