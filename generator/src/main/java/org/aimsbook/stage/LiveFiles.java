package org.aimsbook.stage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes into a published version in place, as a preview keeps it up to date: a file whose bytes
 * are unchanged is left alone, a changed one is replaced whole (written beside it, then renamed
 * over it), never rewritten in place, because published files may be hard links shared with
 * {@code latest/}; each replacement is linked into the mirrors (such as {@code latest/}) too.
 * A reader, the preview's server among them, sees the old file or the new one, never half of one.
 */
public final class LiveFiles implements SiteFiles {
    private final Path folder;
    private final List<Path> mirrors;
    /** What was written since {@link #forget}, changed or not, by relative path. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    /**
     * @param folder the published version's folder
     * @param mirrors folders that show the same version file for file, such as {@code latest/}
     */
    public LiveFiles(Path folder, List<Path> mirrors) {
        this.folder = folder;
        this.mirrors = List.copyOf(mirrors);
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public void write(String relative, byte[] bytes) throws IOException {
        written.add(relative);
        Path target = folder.resolve(relative);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path fresh = Files.createTempFile(target.getParent(), ".live-", ".tmp");
        try {
            Files.write(fresh, bytes);
            for (Path mirror : mirrors) {
                share(fresh, mirror.resolve(relative));
            }
            move(fresh, target);
        } finally {
            Files.deleteIfExists(fresh);
        }
        changed.add(relative);
    }

    /** Removes a file the version no longer has, from it and from the mirrors. */
    public void remove(String relative) throws IOException {
        for (Path mirror : mirrors) {
            Files.deleteIfExists(mirror.resolve(relative));
        }
        if (Files.deleteIfExists(folder.resolve(relative))) {
            changed.add(relative);
        }
    }

    /**
     * Removes every file under {@code under} that was not written since {@link #forget}: what a
     * stage that rewrites a whole folder (the search export) no longer makes.
     */
    public void removeUnwritten(String under) throws IOException {
        Path start = folder.resolve(under);
        if (!Files.isDirectory(start)) {
            return;
        }
        List<String> stale;
        try (Stream<Path> files = Files.walk(start)) {
            stale = files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(relative -> !written.contains(relative))
                    .toList();
        }
        for (String relative : stale) {
            remove(relative);
        }
    }

    /** The files changed or removed since {@link #forget}, by relative path. */
    public Set<String> changed() {
        return Set.copyOf(changed);
    }

    /** Starts a new round of writes. */
    public void forget() {
        written.clear();
        changed.clear();
    }

    /** Puts {@code fresh}'s bytes at {@code target} in a mirror: a link to it where possible, else a copy. */
    private static void share(Path fresh, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path link = target.resolveSibling(".live-" + target.getFileName() + ".tmp");
        Files.deleteIfExists(link);
        try {
            Files.createLink(link, fresh);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(fresh, link);
        }
        move(link, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
