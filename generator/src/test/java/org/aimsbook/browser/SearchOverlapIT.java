package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsbook.Sites;
import org.aimsbook.index.SearchCache;
import org.aimsbook.index.SearchFields;
import org.aimsbook.model.Classification;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser's engine ranks as Lucene does: 200 queries drawn from the example content's own
 * pages, 1 to 3 words each, go through search.js in Chromium (from {@code file://}) and through
 * Lucene's searcher on the index the build kept, both with all words required and any word
 * when no page has all. Their top tens must overlap by 95 % on average; they differ only where
 * the export's 12-bit scores tie or swap pages whose scores Lucene tells apart.
 */
class SearchOverlapIT {
    private static final String VERSION = "1.0";
    private static final int QUERIES = 200;
    private static final int TOP = 10;
    /** The surface words of docs/search.md: what the engine takes from a query. */
    private static final Pattern SURFACE_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._'’-][\\p{L}\\p{N}]+)*");

    @TempDir
    static Path temp;

    @Test
    void topTenOfTheBrowserEngineMatchesLucene() throws IOException {
        assumeTrue(Chromium.available(), "browser tests skipped: " + Chromium.MISSING);
        Path out = temp.resolve("site");
        Sites.build(Sites.EXAMPLE, out, VERSION, Classification.INTERNAL);
        Path index = SearchCache.of(out).index(VERSION).orElseThrow();

        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory);
                Analyzer prose = SearchFields.prose()) {
            Lucene lucene = new Lucene(reader, prose);
            List<String> queries = queries(lucene);
            List<List<Integer>> browser = browserRanks(out.resolve(VERSION).resolve("search.html"), queries);

            double sum = 0;
            List<String> worst = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                List<Integer> expected = lucene.top(queries.get(i));
                List<Integer> actual = browser.get(i);
                double overlap = overlap(expected, actual);
                sum += overlap;
                if (overlap < 1) {
                    worst.add(String.format("%.2f \"%s\": Lucene %s, browser %s", overlap, queries.get(i), expected, actual));
                }
            }
            double mean = sum / queries.size();
            System.out.printf("SearchOverlapIT: mean top-%d overlap of %d queries with Lucene: %.2f %% (%d below 100 %%)%n",
                    TOP, queries.size(), 100 * mean, worst.size());
            worst.forEach(line -> System.out.println("  " + line));
            assertTrue(mean >= 0.95, String.format("mean overlap %.4f", mean));
        }
    }

    @Test
    void overlapTellsDifferentRankingsApart() {
        assertEquals(1.0, overlap(List.of(), List.of()));
        assertEquals(1.0, overlap(List.of(3, 1, 2), List.of(1, 2, 3)));
        assertEquals(0.5, overlap(List.of(1, 2, 3, 4), List.of(1, 2)));
        assertEquals(0.0, overlap(List.of(1), List.of(2)));
    }

    /** Shared pages over the longer list: a missing page and an extra one both count. */
    static double overlap(List<Integer> expected, List<Integer> actual) {
        if (expected.isEmpty() && actual.isEmpty()) {
            return 1;
        }
        Set<Integer> shared = new LinkedHashSet<>(expected);
        shared.retainAll(actual);
        return shared.size() / (double) Math.max(expected.size(), actual.size());
    }

    /**
     * Queries as readers would type them about a page: 1, 2 or 3 searchable words of one page's
     * title and text, so most have pages with all their words, and some do not. No query twice.
     */
    private static List<String> queries(Lucene lucene) throws IOException {
        Random random = new Random(42);
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < QUERIES) {
            int page = random.nextInt(lucene.reader.maxDoc());
            var stored = lucene.reader.storedFields().document(page);
            List<String> words = new ArrayList<>();
            Matcher matcher = SURFACE_WORD.matcher((stored.get(SearchFields.TITLE) + " " + stored.get(SearchFields.BODY)).toLowerCase());
            while (matcher.find()) {
                if (!lucene.keys(matcher.group()).isEmpty()) {
                    words.add(matcher.group());
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            Set<String> query = new LinkedHashSet<>();
            int length = queries.size() % 3 + 1;
            for (int attempt = 0; attempt < 10 && query.size() < length; attempt++) {
                query.add(words.get(random.nextInt(words.size())));
            }
            queries.add(String.join(" ", query));
        }
        return List.copyOf(queries);
    }

    /** Ranks every query with the engine's programmatic API, in one round trip. */
    @SuppressWarnings("unchecked")
    private static List<List<Integer>> browserRanks(Path page, List<String> queries) throws IOException {
        ChromeDriver driver = Chromium.start(temp.resolve("profile"));
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get(page.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
            List<List<Number>> ranks = (List<List<Number>>) driver.executeAsyncScript("""
                    var queries = arguments[0], done = arguments[arguments.length - 1], ranks = [];
                    (function next(i) {
                      if (i === queries.length) { done(ranks); return; }
                      window.aimsbookSearch.rank(queries[i], function (pages) { ranks.push(pages); next(i + 1); });
                    })(0);""", queries);
            Console.assertClean(driver);
            assertNotNull(ranks);
            return ranks.stream().map(pages -> pages.stream().map(Number::intValue).toList()).toList();
        } finally {
            driver.quit();
        }
    }

    /** The same question put to Lucene: the query docs/search.md says the export's scores add up to. */
    private record Lucene(DirectoryReader reader, Analyzer prose) {

        List<Integer> top(String text) throws IOException {
            List<String> words = new ArrayList<>();
            Matcher matcher = SURFACE_WORD.matcher(text.toLowerCase());
            while (matcher.find()) {
                words.add(matcher.group());
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] hits = searcher.search(query(words, Occur.MUST), TOP).scoreDocs;
            if (hits.length == 0) {
                hits = searcher.search(query(words, Occur.SHOULD), TOP).scoreDocs;
            }
            List<Integer> pages = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                pages.add(hit.doc);
            }
            return pages;
        }

        /** Per word a clause of its keys in every searched field, boosted by the field's weight. */
        private Query query(List<String> words, Occur occur) throws IOException {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String word : words) {
                Set<String> keys = keys(word);
                if (keys.isEmpty()) {
                    continue;
                }
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String key : keys) {
                    for (Map.Entry<String, Float> field : SearchFields.WEIGHTS.entrySet()) {
                        any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), key)), field.getValue()), Occur.SHOULD);
                    }
                }
                query.add(any.build(), occur);
            }
            return query.build();
        }

        /** What the prose analyzer makes of a word, and the word itself where it is an id. */
        Set<String> keys(String word) throws IOException {
            Set<String> keys = new LinkedHashSet<>();
            try (TokenStream stream = prose.tokenStream(SearchFields.BODY, word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    keys.add(term.toString());
                }
                stream.end();
            }
            if (reader.docFreq(new Term(SearchFields.IDS, word)) > 0) {
                keys.add(word);
            }
            return keys;
        }
    }
}
