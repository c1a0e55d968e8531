package org.aimsbook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches folders, recursively, and calls back once a burst of changes has settled: an
 * editor's save is often several events (a temporary file, a rename, a touch), and one
 * rebuild should follow it, not three.
 */
final class ContentWatcher implements AutoCloseable {
    /** How long the folders must stay quiet before the callback runs. */
    private static final long SETTLE_MILLIS = 150;

    private final WatchService service;
    private final Predicate<Path> ignored;
    private final Runnable changed;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * @param roots the folders to watch, with every folder inside them, now or later
     * @param ignored which paths are not worth a rebuild (editor files, the output folder)
     * @param changed runs on the watcher's thread after each settled burst of changes
     */
    ContentWatcher(List<Path> roots, Predicate<Path> ignored, Runnable changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.changed = changed;
        for (Path root : roots) {
            register(root);
        }
        this.thread = new Thread(this::watch, "aimsbook-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored.test(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                boolean relevant = take(service.take());
                // Gather the rest of the burst: whatever arrives before the folders settle.
                for (WatchKey key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); key != null;
                        key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    relevant |= take(key);
                }
                if (relevant) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Reads a key's events, watching new folders too; whether any of them matters. */
    private boolean take(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path)) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    // Gone again before it could be watched: its removal is an event of its own.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
