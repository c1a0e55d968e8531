package org.aimsbook.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Narrative;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;

/**
 * Every document's narrative as finished HTML for its page: taken from the cache where the
 * narrative and what it includes are unchanged, else converted, as many at once as there are
 * processors, on one shared Asciidoctor instance (which starts only if something needs it).
 *
 * @param bodies the finished HTML by document reference ({@code policy:ai-policy})
 * @param converted how many narratives Asciidoctor converted
 * @param reused how many came unchanged from the cache
 */
record Narratives(Map<String, String> bodies, int converted, int reused) {

    Narratives {
        bodies = Map.copyOf(bodies);
    }

    static Narratives of(Content content, Links links, AsciiDocConverter converter, ConversionCache cache, Progress progress)
            throws IOException {
        Path root = converter.root();
        // Keyed by reference: a document record's hash would walk its whole tree.
        Map<String, String> found = new ConcurrentHashMap<>();
        List<Document> stale = new ArrayList<>();
        for (Document document : content.documents()) {
            if (document.body().isPresent()) {
                Optional<String> cached = cached(cache, document.body().get(), root);
                cached.ifPresentOrElse(html -> found.put(document.reference(), html), () -> stale.add(document));
            }
        }
        int reused = found.size();
        progress.begin(Stage.CONVERT, reused + stale.size());
        Map<String, String> bodies = new ConcurrentHashMap<>();
        AtomicInteger converted = new AtomicInteger();
        List<Runnable> work = new ArrayList<>();
        for (Document document : content.documents()) {
            if (document.body().isEmpty()) {
                continue;
            }
            work.add(() -> {
                String html = found.get(document.reference());
                if (html == null) {
                    Narrative narrative = document.body().get();
                    ConversionCache.Entry entry = converter.convert(narrative);
                    if (cacheable(narrative)) {
                        cache.keep(narrative, entry);
                    }
                    html = entry.html();
                    converted.incrementAndGet();
                }
                bodies.put(document.reference(), Fragments.finish(html, PagePaths.of(document), links));
                progress.advance();
            });
        }
        run(work);
        return new Narratives(bodies, converted.get(), reused);
    }

    private static Optional<String> cached(ConversionCache cache, Narrative narrative, Path root) {
        return cacheable(narrative) ? cache.find(narrative, root) : Optional.empty();
    }

    /**
     * Whether a conversion depends on nothing but the narrative and its includes. With
     * {@code data-uri} set, Asciidoctor reads images into the page, and a changed image would
     * not be noticed; such narratives are converted every time.
     */
    private static boolean cacheable(Narrative narrative) {
        return !narrative.asciidoc().contains("data-uri");
    }

    /** Runs the work on as many threads as there are processors, rethrowing the first failure. */
    private static void run(List<Runnable> work) throws IOException {
        int threads = Math.max(1, Math.min(work.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "aimsbook-convert");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : work) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting narrative", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
