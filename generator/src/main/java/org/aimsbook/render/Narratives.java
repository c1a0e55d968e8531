package org.aimsbook.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Narrative;

/**
 * Every document's narrative as finished HTML for its page, made in the background while the
 * pages that need none are written: taken from the cache where the narrative and what it
 * includes are unchanged, else converted, as many at once as there are processors, on one
 * shared Asciidoctor instance. Asciidoctor takes seconds to start, so the first narrative to
 * convert is queued first: it starts while the cached ones are finished.
 */
final class Narratives implements AutoCloseable {
    private final ExecutorService pool;
    /** By document reference: a document record's hash would walk its whole tree. */
    private final Map<String, Future<String>> bodies = new LinkedHashMap<>();
    private final AtomicInteger converted = new AtomicInteger();
    private int cached;

    private Narratives(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "aimsbook-narrative");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts making every selected document's narrative; {@link #body} waits for one. */
    static Narratives start(Content content, Links links, AsciiDocConverter converter, ConversionCache cache,
            Selection selection) {
        Path root = converter.root();
        Narratives narratives = new Narratives(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Map<Document, Narrative> stale = new LinkedHashMap<>();
        Map<String, Callable<String>> work = new LinkedHashMap<>();
        for (Document document : content.documents()) {
            if (document.body().isEmpty() || !selection.covers(document)) {
                continue;
            }
            Narrative narrative = document.body().get();
            Optional<String> found = cacheable(narrative) ? cache.find(narrative, root) : Optional.empty();
            if (found.isPresent()) {
                narratives.cached++;
                work.put(document.reference(), () -> finish(found.get(), document, links, cache));
            } else {
                stale.put(document, narrative);
            }
        }
        List<Map.Entry<Document, Narrative>> conversions = new ArrayList<>(stale.entrySet());
        // One conversion first, to start Asciidoctor; the rest after the cached narratives.
        for (int i = 0; i < conversions.size(); i++) {
            Document document = conversions.get(i).getKey();
            Narrative narrative = conversions.get(i).getValue();
            Callable<String> conversion = () -> {
                ConversionCache.Entry entry = converter.convert(narrative);
                if (cacheable(narrative)) {
                    cache.keep(narrative, entry);
                }
                narratives.converted.incrementAndGet();
                return finish(entry.html(), document, links, cache);
            };
            if (i == 0) {
                narratives.bodies.put(document.reference(), narratives.pool.submit(conversion));
            } else {
                work.put(document.reference(), conversion);
            }
        }
        work.forEach((reference, task) -> narratives.bodies.put(reference, narratives.pool.submit(task)));
        return narratives;
    }

    /** Converted HTML finished for the document's page, or as it was finished before from the same inputs. */
    private static String finish(String html, Document document, Links links, ConversionCache cache) {
        String page = PagePaths.of(document);
        return cache.finished(html, page + "\0" + Fragments.references(html, links), () -> Fragments.finish(html, page, links));
    }

    /**
     * Whether a conversion depends on nothing but the narrative and its includes. With
     * {@code data-uri} set, Asciidoctor reads images into the page, and a changed image would
     * not be noticed; such narratives are converted every time.
     */
    private static boolean cacheable(Narrative narrative) {
        return !narrative.asciidoc().contains("data-uri");
    }

    /** A document's narrative as finished HTML, once it is made; empty when it has none. */
    String body(Document document) throws IOException {
        Future<String> body = bodies.get(document.reference());
        if (body == null) {
            return "";
        }
        try {
            return body.get();
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
        }
    }

    /** How many narratives Asciidoctor converted so far. */
    int converted() {
        return converted.get();
    }

    /** How many narratives came unchanged from the cache. */
    int cached() {
        return cached;
    }

    /** Stops what is still running: a build that failed half-way does not wait for it. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
