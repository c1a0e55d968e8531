package org.aimsbook.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.LiveSite;
import org.aimsbook.model.BuildOutput;

/**
 * A live preview of a content folder: builds it, serves the output on an address, and builds
 * again whenever the content or the theme changes, telling the open tabs to reload, or, when
 * the build failed, to show its diagnostics over the last good pages.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(Path.of("content"), options, address, (build, tabs) -> print(build))) {
 *     preview.awaitClose();
 * }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    /** Hears of every build: the first, then one per settled change. */
    @FunctionalInterface
    public interface Listener {
        /** @param tabs how many open tabs were told to reload or to show the diagnostics */
        void built(Rebuild build, int tabs);
    }

    /** The content folder's real path, as the watcher names what changed. */
    private final Path content;
    private final BuildOptions options;
    private final Listener listener;
    private final LiveSite site;
    /** Indexes after each update, one at a time, so that the next change need not wait for search. */
    private final ExecutorService indexing = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "aimsbook-index");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> indexed = CompletableFuture.completedFuture(null);
    private AtomicBoolean abandon = new AtomicBoolean();
    private final ReloadChannel tabs = new ReloadChannel();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile BuildStatus status = BuildStatus.none();
    private PreviewServer server;
    private ContentWatcher watcher;

    private Preview(Path folder, BuildOptions options, Listener listener) throws IOException {
        this.content = folder.toRealPath();
        this.options = options;
        this.listener = listener;
        this.site = LiveSite.open(folder, options);
    }

    /**
     * Builds once, then serves and watches until closed. A failed build does not stop it: the
     * tabs show its diagnostics until a later build passes.
     *
     * @param folder the content folder
     * @param options the build's options; its output folder is what is served
     * @param address where to answer; the port is chosen when it is 0
     * @throws IOException when the content folder is missing, the first build cannot write the
     *                     output folder, or the address cannot be bound
     */
    public static Preview start(Path folder, BuildOptions options, InetSocketAddress address, Listener listener)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a folder: " + folder);
        }
        Preview preview = new Preview(folder, options, listener);
        try {
            Rebuild first = preview.run();
            // An output folder that cannot be written will not get better by editing the content.
            if (first.failure().isPresent() && first.failure().get() instanceof IOException io) {
                throw io;
            }
            preview.announce(first);
            preview.server = new PreviewServer(options.out(), address, () -> preview.status, preview.tabs);
            preview.watcher = new ContentWatcher(preview.watched(), preview::ignored, preview::rebuild);
            return preview;
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    /** The address it answers on, with the port chosen. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** Blocks until the preview is closed, from another thread or a shutdown hook. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Builds the content as it is now and tells the tabs and the listener, then brings search up
     * to date in the background: the page a writer is looking at matters first. An index still
     * running from the change before is abandoned first. One build at a time.
     */
    private synchronized void rebuild() {
        abandonIndex();
        announce(run());
        AtomicBoolean abandon = new AtomicBoolean();
        this.abandon = abandon;
        indexed = indexing.submit(() -> index(abandon));
    }

    private void index(AtomicBoolean abandon) {
        long started = System.nanoTime();
        try {
            site.index(abandon::get);
        } catch (IOException | RuntimeException e) {
            announce(new Rebuild(Optional.empty(), Optional.of(e), (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** Stops the index being made, if any, and waits until it has stopped. */
    private void abandonIndex() {
        abandon.set(true);
        try {
            indexed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // index() reports its own failures; nothing else can end it.
        }
    }

    private Rebuild run() {
        long started = System.nanoTime();
        Optional<BuildReport> report = Optional.empty();
        Optional<Exception> failure = Optional.empty();
        try {
            report = Optional.of(site.update());
        } catch (IOException | RuntimeException e) {
            failure = Optional.of(e);
        }
        return new Rebuild(report, failure, (System.nanoTime() - started) / 1_000_000);
    }

    private void announce(Rebuild rebuild) {
        status = status.after(rebuild);
        int told;
        if (rebuild.published()) {
            tabs.probe();
            told = tabs.send("reload", Integer.toString(status.generation()));
        } else {
            told = tabs.send("diagnostics", Integer.toString(status.generation()));
        }
        listener.built(rebuild, told);
    }

    /** The content folder, and the theme folder when one is named outside it. */
    private List<Path> watched() throws IOException {
        List<Path> folders = new ArrayList<>(List.of(content));
        if (options.theme().isPresent() && !options.theme().get().toRealPath().startsWith(content)) {
            folders.add(options.theme().get().toRealPath());
        }
        return folders;
    }

    /**
     * What no build reads: the build output at the content's top (where the served output may
     * be), and hidden and editor files (swap, backup and lock files, {@code .git}, the staging
     * folders and search cache of the output).
     */
    private boolean ignored(Path path) {
        if (path.startsWith(content) && BuildOutput.holds(content.relativize(path))) {
            return true;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp");
    }

    /** Stops serving and watching; the output folder is left as the last build made it. */
    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // The watch service is gone either way.
        }
        if (server != null) {
            server.close();
        }
        synchronized (this) {
            abandonIndex();
            indexing.shutdown();
            site.close();
        }
        closed.countDown();
    }
}
