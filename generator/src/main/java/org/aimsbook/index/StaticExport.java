package org.aimsbook.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import org.aimsbook.render.Findable;
import org.aimsbook.stage.SiteFiles;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Derives the browser's static index from the Lucene index, streaming through its term
 * dictionaries: word list, prefix lists, postings with Lucene's own BM25 scores, facets and
 * meta. Only the vocabulary is held in memory, never the postings of more than one key.
 * The format is described in {@code docs/search.md}.
 */
final class StaticExport {
    /** Where the export goes in the version folder. */
    static final String FOLDER = "search/";
    private static final int PREFIX = 3;
    private static final int PREFIX_WORDS = 8;
    /** A query loads one word shard per word and one key shard per key: both kept small. */
    private static final int WORD_SHARD = 8 * 1024;
    private static final int KEY_SHARD = 16 * 1024;
    private static final String[] SEARCHED = {SearchFields.TITLE, SearchFields.HEADINGS, SearchFields.BODY, SearchFields.IDS};

    private final DirectoryReader reader;
    private final LeafReader leaf;
    private final IndexSearcher searcher;
    private final SiteFiles site;
    private final float[] scores;
    private final int[] touched;

    private StaticExport(DirectoryReader reader, SiteFiles site) {
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException("the search index must be merged into one segment");
        }
        this.reader = reader;
        this.leaf = reader.leaves().get(0).reader();
        this.searcher = new IndexSearcher(reader);
        this.site = site;
        this.scores = new float[reader.maxDoc()];
        this.touched = new int[reader.maxDoc()];
    }

    /** Writes the export of {@code reader}, whose pages are {@code pages} in order, into the site's {@code search/}. */
    static IndexSummary write(DirectoryReader reader, List<Findable> pages, SiteFiles site) throws IOException {
        return new StaticExport(reader, site).write(pages);
    }

    private IndexSummary write(List<Findable> pages) throws IOException {
        Map<String, List<String>> surfaces = new HashMap<>();
        int vocabulary;
        Shards words = new Shards(site, "words", WORD_SHARD);
        Shards prefixes = new Shards(site, "prefixes", WORD_SHARD);
        try (words; prefixes; Analyzer prose = SearchFields.prose()) {
            vocabulary = writeWords(prose, words, prefixes, surfaces);
        }
        Shards keys = new Shards(site, "keys", KEY_SHARD);
        try (keys) {
            for (KeyWalk walk = new KeyWalk(); walk.next(); ) {
                List<String> forms = surfaces.get(walk.key);
                if (forms != null) {
                    float scale = walk.scale();
                    keys.add(walk.key, List.of(walk.key, forms, scale, walk.postings(scale)));
                }
                walk.reset();
            }
        }
        writeFacets();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", 1);
        meta.put("pages", reader.maxDoc());
        meta.put("stopwords", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map(w -> new String((char[]) w)).sorted().toList());
        meta.put("types", types(pages));
        meta.put("facets", facetValues());
        meta.put("words", words.firsts());
        meta.put("keys", keys.firsts());
        meta.put("prefixes", prefixes.firsts());
        String script = "aimsbookSearch.meta(" + Shards.json(meta) + ");\n";
        site.write(FOLDER + "meta.js", script.getBytes(StandardCharsets.UTF_8));
        return new IndexSummary(reader.maxDoc(), vocabulary);
    }

    /**
     * Lists every surface word with the keys the prose analyzer makes of it (and itself when it
     * is an id), the most frequent words of every 3-character prefix, and, for the key shards,
     * which surface words lead to each key; returns how many words there are.
     */
    private int writeWords(Analyzer prose, Shards words, Shards prefixes, Map<String, List<String>> surfaces) throws IOException {
        Terms terms = leaf.terms(SearchFields.WORDS);
        if (terms == null) {
            return 0;
        }
        TermsEnum[] searched = new TermsEnum[SEARCHED.length];
        for (int f = 0; f < SEARCHED.length; f++) {
            Terms field = leaf.terms(SEARCHED[f]);
            searched[f] = field == null ? TermsEnum.EMPTY : field.iterator();
        }
        TermsEnum ids = searched[SEARCHED.length - 1];
        PrefixList prefix = new PrefixList(prefixes);
        TermsEnum all = terms.iterator();
        int count = 0;
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            String word = term.utf8ToString();
            Set<String> keys = new LinkedHashSet<>();
            List<String> analyzed = analyze(prose, word);
            for (String key : analyzed) {
                if (exists(searched, key)) {
                    keys.add(key);
                }
            }
            // A key's surface words are what the browser highlights for it. A compound such as
            // "assessment-12" stands for several keys and is left out of their lists: as a form
            // of "assess" it would be one of thousands, and is found as a word of its own.
            boolean form = analyzed.size() == 1;
            if (ids.seekExact(new BytesRef(word))) {
                keys.add(word);
            }
            List<Object> entry = new ArrayList<>();
            entry.add(word);
            entry.add(all.docFreq());
            entry.addAll(keys);
            words.add(word, entry);
            for (String key : keys) {
                List<String> forms = surfaces.computeIfAbsent(key, k -> new ArrayList<>());
                if (form || key.equals(word)) {
                    forms.add(word);
                }
            }
            prefix.add(word, all.docFreq());
            count++;
        }
        prefix.close();
        return count;
    }

    private static List<String> analyze(Analyzer prose, String word) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = prose.tokenStream(SearchFields.BODY, word)) {
            CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(text.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static boolean exists(TermsEnum[] fields, String key) throws IOException {
        BytesRef bytes = new BytesRef(key);
        for (TermsEnum field : fields) {
            if (field.seekExact(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The pages of each kind: the render stage lists them kind by kind, so each is a range. */
    private static List<Map<String, Object>> types(List<Findable> pages) {
        List<Map<String, Object>> types = new ArrayList<>();
        for (int first = 0; first < pages.size(); ) {
            Findable page = pages.get(first);
            int end = first;
            while (end < pages.size() && pages.get(end).typeKey().equals(page.typeKey())) {
                end++;
            }
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("key", page.typeKey());
            type.put("label", page.typeLabel());
            type.put("first", first);
            type.put("count", end - first);
            types.add(type);
            first = end;
        }
        return types;
    }

    /** Each facet's values, "none" first: the order of Lucene's sorted doc values, so stable. */
    private Map<String, Object> facetValues() throws IOException {
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String name : SearchFields.FACETS) {
            List<String> values = values(name);
            // Not Map.of: its order changes from one JVM to the next, and the export must repeat.
            Map<String, Object> facet = new LinkedHashMap<>();
            facet.put("values", values);
            facet.put("width", width(values.size()));
            facets.put(name, facet);
        }
        return facets;
    }

    private List<String> values(String name) throws IOException {
        List<String> values = new ArrayList<>();
        values.add("");
        SortedDocValues docValues = leaf.getSortedDocValues(name);
        if (docValues != null) {
            for (int ord = 0; ord < docValues.getValueCount(); ord++) {
                values.add(docValues.lookupOrd(ord).utf8ToString());
            }
        }
        return values;
    }

    /** How many base64 digits a value index needs. */
    private static int width(int values) {
        int width = 1;
        for (int capacity = 64; capacity < values; capacity *= 64) {
            width++;
        }
        return width;
    }

    private void writeFacets() throws IOException {
        Map<String, String> facets = new LinkedHashMap<>();
        for (String name : SearchFields.FACETS) {
            int width = width(values(name).size());
            StringBuilder digits = new StringBuilder(reader.maxDoc() * width);
            SortedDocValues docValues = leaf.getSortedDocValues(name);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                int value = docValues != null && docValues.advanceExact(doc) ? docValues.ordValue() + 1 : 0;
                for (int digit = width - 1; digit >= 0; digit--) {
                    digits.append(Postings.DIGITS.charAt((value >>> (6 * digit)) & 63));
                }
            }
            facets.put(name, digits.toString());
        }
        String script = "aimsbookSearch.facets(" + Shards.json(facets) + ");\n";
        site.write(FOLDER + "facets.js", script.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Walks the searched fields' term dictionaries together in byte order; at each key, the
     * weighted BM25 score of every page, summed over the fields, as Lucene's searcher would
     * compute it for a Boolean query of boosted term queries.
     */
    private final class KeyWalk {
        private final TermsEnum[] fields = new TermsEnum[SEARCHED.length];
        private final BytesRef[] current = new BytesRef[SEARCHED.length];
        private PostingsEnum postings;
        String key;
        int pages;

        KeyWalk() throws IOException {
            for (int f = 0; f < SEARCHED.length; f++) {
                Terms terms = leaf.terms(SEARCHED[f]);
                fields[f] = terms == null ? TermsEnum.EMPTY : terms.iterator();
                current[f] = fields[f].next();
            }
        }

        /** Moves to the next key, leaving its scores in {@code scores} for the pages in {@code touched}. */
        boolean next() throws IOException {
            BytesRef least = null;
            for (BytesRef term : current) {
                if (term != null && (least == null || term.compareTo(least) < 0)) {
                    least = term;
                }
            }
            if (least == null) {
                return false;
            }
            BytesRef at = BytesRef.deepCopyOf(least);
            key = at.utf8ToString();
            for (int f = 0; f < SEARCHED.length; f++) {
                if (current[f] != null && current[f].equals(at)) {
                    score(f, at);
                    current[f] = fields[f].next();
                }
            }
            Arrays.sort(touched, 0, pages);
            return true;
        }

        private void score(int f, BytesRef term) throws IOException {
            String field = SEARCHED[f];
            // One segment: the term's statistics there are the index's, as a term query would see them.
            Similarity.SimScorer simScorer = searcher.getSimilarity().scorer(SearchFields.WEIGHTS.get(field),
                    searcher.collectionStatistics(field), searcher.termStatistics(new Term(field, term), fields[f].docFreq(),
                            fields[f].totalTermFreq()));
            LeafSimScorer scorer = new LeafSimScorer(simScorer, leaf, field, true);
            postings = fields[f].postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (scores[doc] == 0) {
                    touched[pages++] = doc;
                }
                scores[doc] += scorer.score(doc, postings.freq());
            }
        }

        /**
         * The key's own quantisation step: its best score over the levels. A scale per key keeps
         * the pages of a common word apart, whose scores all lie close together.
         */
        float scale() {
            float max = 0;
            for (int i = 0; i < pages; i++) {
                max = Math.max(max, scores[touched[i]]);
            }
            // Four significant digits, rounded up so the best page still fits the top level:
            // the step is written once per key, and longer ones cost a megabyte at 20,000 pages.
            return new BigDecimal(max / Postings.LEVELS).round(new MathContext(4, RoundingMode.UP)).floatValue();
        }

        String postings(float scale) {
            Postings encoded = new Postings();
            for (int i = 0; i < pages; i++) {
                int page = touched[i];
                encoded.add(page, (int) Math.max(1, Math.min(Postings.LEVELS, Math.round(scores[page] / scale))));
            }
            return encoded.toString();
        }

        void reset() {
            for (int i = 0; i < pages; i++) {
                scores[touched[i]] = 0;
            }
            pages = 0;
        }
    }

    /** The most frequent words of each 3-character prefix; sorted words keep a prefix's words together. */
    private static final class PrefixList {
        private final Shards shards;
        private final List<Map.Entry<String, Integer>> words = new ArrayList<>();
        private String prefix;

        PrefixList(Shards shards) {
            this.shards = shards;
        }

        void add(String word, int pages) throws IOException {
            if (word.codePointCount(0, word.length()) < PREFIX) {
                return;
            }
            String start = word.substring(0, word.offsetByCodePoints(0, PREFIX));
            if (!start.equals(prefix)) {
                close();
                prefix = start;
            }
            words.add(Map.entry(word, pages));
        }

        void close() throws IOException {
            if (prefix == null) {
                return;
            }
            List<Object> entry = new ArrayList<>();
            entry.add(prefix);
            words.stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(PREFIX_WORDS)
                    .forEach(word -> {
                        entry.add(word.getKey());
                        entry.add(word.getValue());
                    });
            shards.add(prefix, entry);
            words.clear();
            prefix = null;
        }
    }
}
