package org.aimsbook.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;
import org.aimsbook.render.Findable;
import org.aimsbook.stage.SiteFiles;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The index stage: indexes the written pages of one version with Lucene, then derives the
 * static index the browser searches ({@code search/} in the version folder). The Lucene index
 * itself goes elsewhere: its segment ids are random, and a published version must be
 * reproducible byte for byte.
 */
public final class SiteIndexer {
    /** Surface words of the page, for the word list only: no frequencies or norms needed. */
    private static final FieldType WORDS = words();

    private SiteIndexer() {
    }

    /**
     * @param pages the pages to index, in page-number order
     * @param site the stage the pages were written to; {@code search/} is added to it
     * @param lucene an empty or missing folder for the Lucene index
     * @param progress told of each page indexed
     */
    public static IndexSummary index(List<Findable> pages, SiteFiles site, Path lucene, Progress progress) throws IOException {
        progress.begin(Stage.INDEX, pages.size());
        try (Directory directory = FSDirectory.open(lucene);
                IndexWriter writer = new IndexWriter(directory, config())) {
            // Pages are read and added in parallel: the index sort puts them in page order
            // whatever order they arrive in, so the merged index, and the export, are the same.
            IntStream.range(0, pages.size()).parallel().forEach(number -> {
                Findable page = pages.get(number);
                try {
                    PageText text = PageText.read(site.folder().resolve(page.path()));
                    writer.addDocument(document(number, page, text));
                    writeText(site, number, page, text);
                    progress.advance();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (Directory directory = FSDirectory.open(lucene); DirectoryReader reader = DirectoryReader.open(directory)) {
            return StaticExport.write(reader, pages, site);
        }
    }

    private static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(SearchFields.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setIndexSort(new Sort(new SortField(SearchFields.ORDER, SortField.Type.INT)));
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static Document document(int number, Findable page, PageText text) {
        Document document = new Document();
        document.add(new NumericDocValuesField(SearchFields.ORDER, number));
        document.add(new StoredField(SearchFields.PATH, page.path()));
        document.add(new TextField(SearchFields.TITLE, page.title(), Field.Store.YES));
        document.add(new TextField(SearchFields.HEADINGS, text.headings(), Field.Store.YES));
        document.add(new TextField(SearchFields.BODY, text.body(), Field.Store.YES));
        List<String> words = new ArrayList<>(List.of(page.title(), text.headings(), text.body()));
        for (String id : page.ids()) {
            document.add(new StringField(SearchFields.IDS, id.toLowerCase(Locale.ROOT), Field.Store.YES));
            words.add(id);
        }
        document.add(new Field(SearchFields.WORDS, String.join("\n", words), WORDS));
        facet(document, SearchFields.TYPE, Optional.of(page.typeKey()));
        facet(document, SearchFields.OWNER, page.owner());
        facet(document, SearchFields.STATUS, page.status());
        facet(document, SearchFields.CLASSIFICATION, Optional.of(page.classification()));
        return document;
    }

    /** A facet is filtered on lowercased, as typed in a query, and counted and shown as written. */
    private static void facet(Document document, String name, Optional<String> value) {
        value.ifPresent(v -> {
            document.add(new StringField(name, v.toLowerCase(Locale.ROOT), Field.Store.YES));
            document.add(new SortedDocValuesField(name, new BytesRef(v)));
        });
    }

    private static void writeText(SiteFiles site, int number, Findable page, PageText text) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", page.path());
        entry.put("title", page.title());
        entry.put("type", page.typeKey());
        entry.put("sections", text.sections().stream()
                .map(section -> List.of(section.anchor(), section.heading(), section.text())).toList());
        site.write(StaticExport.FOLDER + "t/" + number + ".js",
                ("aimsbookSearch.text(" + number + "," + Shards.json(entry) + ");\n").getBytes(StandardCharsets.UTF_8));
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
