package org.aimsbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.aimsbook.BuildOptions;
import org.aimsbook.Handbook;
import org.aimsbook.browser.Chromium;
import org.aimsbook.index.ExportReader;
import org.aimsbook.index.IndexSummary;
import org.aimsbook.index.SiteIndexer;
import org.aimsbook.progress.Progress;
import org.aimsbook.stage.StagedFiles;
import org.aimsbook.model.Classification;
import org.aimsbook.render.Findable;
import org.jsoup.Jsoup;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures search at scale: the index stage's time on synthetic pages, the static export's
 * size raw and gzipped, and, in headless Chromium from {@code file://}, the bytes a first query
 * and later queries load and the time they take. Run through {@code bench/search-benchmark.sh};
 * arguments are page counts (default 1000 20000). Results are recorded in docs/benchmarks.md.
 */
public final class SearchBenchmark {
    private static final int LATER = 100;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1000, 20_000) : Arrays.stream(args).map(Integer::valueOf).toList();
        Path temp = Files.createTempDirectory("aimsbook-search-bench");
        // The example handbook gives the search page, the theme's assets and English sentences.
        Path example = Handbook.load(Path.of("content"))
                .build(new BuildOptions(temp.resolve("example"), Optional.of("1.0"), Classification.INTERNAL, Optional.empty(),
                        java.time.LocalDate.parse("2026-11-27"), false))
                .published().orElseThrow().folder();
        List<String> sentences = sentences(example);
        ChromeDriver driver = Chromium.start(temp.resolve("profile"));
        try {
            System.out.println("| pages | words | index build | index files (raw / gzip) | page texts (raw / gzip) | first query: loads (ranking + texts shown), time |"
                    + " later queries: loads (median / p95), time (median / p95) | repeated queries: time (median / p95) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int size : sizes) {
                Path site = temp.resolve("site-" + size).resolve("1.0");
                Files.createDirectories(site.resolve("assets"));
                Files.copy(example.resolve("search.html"), site.resolve("search.html"));
                try (Stream<Path> assets = Files.list(example.resolve("assets"))) {
                    for (Path asset : assets.toList()) {
                        Files.copy(asset, site.resolve("assets").resolve(asset.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.copy(example.resolveSibling("versions.js"), site.resolveSibling("versions.js"));
                List<Findable> pages = new SyntheticPages(sentences).write(site, size);
                long start = System.nanoTime();
                IndexSummary summary = SiteIndexer.index(pages, StagedFiles.fresh(site), temp.resolve("lucene-" + size), Progress.SILENT);
                double seconds = (System.nanoTime() - start) / 1e9;
                long[] index = sizes(site.resolve("search"), false);
                long[] texts = sizes(site.resolve("search/t"), true);

                List<String> queries = queries(new ExportReader(site.resolve("search")), LATER + 1);
                driver.get(site.resolve("search.html").toUri().toString());
                Query first = Query.run(driver, queries.get(0));
                // Showing the first results loads the text of each page shown, for its snippet.
                long shown = first.pages().stream().mapToLong(page -> site.resolve("search/t/" + page + ".js").toFile().length()).sum();
                List<Query> later = new ArrayList<>();
                for (String query : queries.subList(1, queries.size())) {
                    later.add(Query.run(driver, query));
                }
                // The same queries again: their files are loaded, so this is the engine's own time.
                List<Query> again = new ArrayList<>();
                for (String query : queries.subList(1, queries.size())) {
                    again.add(Query.run(driver, query));
                }
                double[] times = later.stream().mapToDouble(Query::millis).sorted().toArray();
                double[] warm = again.stream().mapToDouble(Query::millis).sorted().toArray();
                long[] loads = later.stream().mapToLong(Query::bytes).sorted().toArray();
                System.out.printf("| %,d | %,d | %.1f s | %s / %s | %s / %s | %s + %s, %.0f ms | %s / %s, %.1f / %.1f ms | %.1f / %.1f ms |%n",
                        summary.pages(), summary.words(), seconds, kib(index[0]), kib(index[1]), kib(texts[0]), kib(texts[1]),
                        kib(first.bytes()), kib(shown), first.millis(), kib(loads[loads.length / 2]), kib(loads[(int) (loads.length * 0.95)]),
                        times[times.length / 2], times[(int) (times.length * 0.95)], warm[warm.length / 2],
                        warm[(int) (warm.length * 0.95)]);
            }
        } finally {
            driver.quit();
        }
        System.out.printf("%d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion());
    }

    /** One query through the engine's ranking, from a state where earlier queries' files are loaded. */
    private record Query(double millis, long bytes, List<Long> pages) {
        @SuppressWarnings("unchecked")
        static Query run(ChromeDriver driver, String query) {
            Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    // Resource timing leaves file:// out: count the scripts the engine adds instead.
                    var files = [];
                    var observer = new MutationObserver(function (changes) {
                      changes.forEach(function (change) {
                        change.addedNodes.forEach(function (node) { if (node.src) { files.push(node.src); } });
                      });
                    });
                    observer.observe(document.head, {childList: true});
                    var start = performance.now();
                    window.aimsbookSearch.rank(arguments[0], function (pages) {
                      var millis = performance.now() - start;
                      observer.takeRecords().forEach(function (change) {
                        change.addedNodes.forEach(function (node) { if (node.src) { files.push(node.src); } });
                      });
                      observer.disconnect();
                      done({millis: millis, files: files, pages: pages});
                    });
                    """, query);
            long bytes = 0;
            for (Object file : (List<Object>) result.get("files")) {
                bytes += Path.of(URI.create(file.toString())).toFile().length();
            }
            return new Query(((Number) result.get("millis")).doubleValue(), bytes,
                    ((List<Object>) result.get("pages")).stream().map(page -> ((Number) page).longValue()).toList());
        }
    }

    /** Sentences of the example handbook's pages. */
    private static List<String> sentences(Path site) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(file -> file.toString().endsWith(".html")).sorted().toList()) {
                var main = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("main");
                if (main != null) {
                    for (String sentence : main.select("p, li, td").eachText()) {
                        if (sentence.length() > 30) {
                            sentences.add(sentence);
                        }
                    }
                }
            }
        }
        return sentences;
    }

    /** Queries of one to three words of the export's vocabulary, frequent and rare alike. */
    private static List<String> queries(ExportReader export, int count) throws IOException {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, JsonNode> word : export.words().entrySet()) {
            if (word.getValue().size() > 2 && word.getKey().matches(".*\\p{L}.*")) {
                words.add(word.getKey());
            }
        }
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> query = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                query.add(words.get(random.nextInt(words.size())));
            }
            queries.add(String.join(" ", query));
        }
        return queries;
    }

    /** Raw and gzipped bytes of the files in a folder (with or without its subfolders). */
    private static long[] sizes(Path folder, boolean deep) throws IOException {
        long[] sizes = new long[2];
        try (Stream<Path> files = deep ? Files.walk(folder) : Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(bytes);
                }
                sizes[0] += bytes.length;
                sizes[1] += zipped.size();
            }
        }
        return sizes;
    }

    private static String kib(long bytes) {
        return bytes >= 10 << 20 ? String.format("%.1f MiB", bytes / 1048576.0) : String.format("%,d KiB", (bytes + 1023) / 1024);
    }
}
