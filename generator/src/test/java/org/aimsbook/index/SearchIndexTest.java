package org.aimsbook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example handbook's static search export against the Lucene index it was derived from:
 * the browser must find the same pages with the same scores Lucene gives them.
 */
class SearchIndexTest {
    @TempDir
    static Path temp;
    static Path site;
    static ExportReader export;
    static DirectoryReader lucene;

    @BeforeAll
    static void build() throws IOException {
        Path out = temp.resolve("handbook");
        site = Sites.build(Sites.EXAMPLE, out, "1.0", Classification.INTERNAL).published().orElseThrow().folder();
        export = new ExportReader(site.resolve("search"));
        lucene = DirectoryReader.open(FSDirectory.open(SearchCache.of(out).index("1.0").orElseThrow()));
    }

    @AfterAll
    static void close() throws IOException {
        lucene.close();
    }

    @Test
    void everyKeysPostingsAreLucenesOwnWeightedScoresQuantised() throws IOException {
        IndexSearcher searcher = new IndexSearcher(lucene);
        int checked = 0;
        for (JsonNode entry : export.keys().values()) {
            String key = entry.get(0).asText();
            double scale = entry.get(2).asDouble();
            Map<Integer, Integer> postings = ExportReader.postings(entry.get(3).asText());
            Map<Integer, Float> expected = new HashMap<>();
            for (ScoreDoc hit : searcher.search(anyField(key), lucene.maxDoc()).scoreDocs) {
                expected.put(hit.doc, hit.score);
            }
            assertEquals(expected.keySet(), postings.keySet(), key);
            for (Map.Entry<Integer, Integer> posting : postings.entrySet()) {
                double lucene = expected.get(posting.getKey());
                assertEquals(Math.max(1, Math.round(lucene / scale)), posting.getValue(), 1, key + " on page " + posting.getKey());
                assertEquals(lucene, posting.getValue() * scale, scale, "dequantised within one step: " + key);
            }
            checked++;
        }
        assertTrue(checked > 1_000, checked + " keys");
    }

    /** The query a key stands for: the key in every searched field, each with its weight. */
    private static BooleanQuery anyField(String key) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        SearchFields.WEIGHTS.forEach((field, weight) ->
                query.add(new BoostQuery(new TermQuery(new Term(field, key)), weight), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    @Test
    void surfaceWordsLeadToStemmedKeysAndIdsToThemselves() throws IOException {
        Map<String, JsonNode> words = export.words();
        assertEquals(List.of("polici"), export.keysOf(words, "policies"));
        assertEquals(List.of("polici"), export.keysOf(words, "policy"));
        assertEquals(List.of(), export.keysOf(words, "the"), "a stop word has no keys");
        assertTrue(export.keysOf(words, "a.6.2.8").contains("a.6.2.8"), words.get("a.6.2.8").toString());
        assertTrue(export.keysOf(words, "ai-policy").contains("ai-policy"));

        JsonNode polici = export.keys().get("polici");
        List<String> forms = new ArrayList<>();
        polici.get(1).forEach(form -> forms.add(form.asText()));
        assertTrue(forms.containsAll(List.of("policies", "policy")), forms.toString());
    }

    @Test
    void eachTypeIsARangeOfPagesAndThePagesAreLucenesDocuments() throws IOException {
        int next = 0;
        for (JsonNode type : export.meta.get("types")) {
            assertEquals(next, type.get("first").asInt());
            for (int page = next; page < next + type.get("count").asInt(); page++) {
                assertEquals(type.get("key").asText(), export.text(page).get("type").asText());
                assertEquals(export.text(page).get("path").asText(),
                        lucene.storedFields().document(page).get(SearchFields.PATH), "page " + page);
            }
            next += type.get("count").asInt();
        }
        assertEquals(export.meta.get("pages").asInt(), next);
        assertEquals(lucene.maxDoc(), next);
    }

    @Test
    void prefixListsHoldTheMostFrequentWordsFirst() throws IOException {
        Map<String, JsonNode> words = export.words();
        JsonNode imp = export.prefixes().get("imp");
        assertTrue(imp.size() > 3 && imp.size() <= 1 + 2 * 8, imp.toString());
        int previous = Integer.MAX_VALUE;
        for (int i = 1; i < imp.size(); i += 2) {
            String word = imp.get(i).asText();
            assertTrue(word.startsWith("imp"), word);
            assertEquals(words.get(word).get(1).asInt(), imp.get(i + 1).asInt(), word);
            assertTrue(imp.get(i + 1).asInt() <= previous);
            previous = imp.get(i + 1).asInt();
        }
        assertEquals("impact", imp.get(1).asText());
    }

    @Test
    void textFilesCutAPageAtItsHeadingsForSnippetsThatLinkToTheSection() throws IOException {
        int page = page("policies/ai-policy.html");
        JsonNode sections = export.text(page).get("sections");
        assertEquals("", sections.get(0).get(0).asText());
        List<String> anchors = new ArrayList<>();
        sections.forEach(section -> anchors.add(section.get(0).asText()));
        assertTrue(anchors.contains("about"), anchors.toString());
        Path html = site.resolve("policies/ai-policy.html");
        for (String anchor : anchors) {
            if (!anchor.isEmpty()) {
                assertFalse(Sites.page(html).select("[id=" + anchor + "]").isEmpty(), anchor + " is an element of the page");
            }
        }
        assertEquals("AI Policy", export.text(page).get("title").asText());
    }

    @Test
    void facetsGiveEveryPageOneValueOfEach() throws IOException {
        JsonNode facets = ExportReader.call(site.resolve("search/facets.js"), "facets").get(0);
        for (String name : SearchFields.FACETS) {
            JsonNode facet = export.meta.get("facets").get(name);
            assertEquals("", facet.get("values").get(0).asText());
            assertEquals(export.meta.get("pages").asInt() * facet.get("width").asInt(), facets.get(name).asText().length());
        }
        JsonNode owners = export.meta.get("facets").get("owner").get("values");
        int policy = page("policies/ai-policy.html");
        String owner = owners.get(Postings.DIGITS.indexOf(facets.get("owner").asText().charAt(policy))).asText();
        assertEquals("AIMS Manager", owner);
    }

    @Test
    void theLuceneIndexStaysOutOfThePublishedSite() throws IOException {
        assertTrue(Sites.files(site.getParent()).stream().noneMatch(file -> file.getFileName().toString().startsWith("segments")));
        assertTrue(Files.list(SearchCache.of(temp.resolve("handbook")).index("1.0").orElseThrow())
                .anyMatch(file -> file.getFileName().toString().startsWith("segments")));
    }

    private static int page(String path) throws IOException {
        for (int page = 0; page < export.meta.get("pages").asInt(); page++) {
            if (export.text(page).get("path").asText().equals(path)) {
                return page;
            }
        }
        throw new AssertionError(path + " is not in the index");
    }
}
