package org.aimsbook.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aimsbook.model.BuildOutput;

/**
 * The folder a handbook is published into. aimsbook marks the folders it creates and writes
 * only into marked ones, so that a mistyped {@code -o} can never overwrite or delete anything
 * else.
 */
final class OutputFolder {
    static final String MARKER = ".aimsbook-output";
    private static final String EDITION = "edition: ";
    /** The name a folder being replaced is moved aside to, before its name. */
    private static final String REPLACED = ".replaced-";

    private OutputFolder() {
    }

    /**
     * Makes sure {@code out} is ours: created now (and marked), or marked by an earlier build of
     * the same edition. One folder holds one edition: its latest version, version list and
     * changes pages would otherwise show one audience another's documents.
     *
     * @param edition the audience of the build, recorded in the marker
     * @throws IOException when {@code out} holds files aimsbook did not write, holds another
     *                     edition, or lies inside the content other than in its {@link BuildOutput}
     */
    static void claim(Path out, Path content, String edition) throws IOException {
        Path realContent = content.toRealPath();
        Path absolute = out.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        // Where out really is: links resolved as far as the folders exist.
        Path real = existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        boolean inContent = real.startsWith(realContent) && !BuildOutput.holds(realContent.relativize(real));
        if (inContent || realContent.startsWith(absolute)) {
            throw new IOException("refusing to publish to " + out + ": it overlaps the content folder " + content);
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IOException("refusing to publish to " + out + ": it is a file");
            }
            boolean empty;
            try (Stream<Path> entries = Files.list(out)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve(MARKER))) {
                throw new IOException("refusing to publish to " + out + ": it holds files aimsbook did not write; choose an empty or new folder");
            }
            Optional<String> held = !empty ? edition(out) : Optional.empty();
            if (held.isPresent() && !held.get().equals(edition)) {
                throw new IOException("refusing to publish the " + edition + " edition to " + out + ": it holds the "
                        + held.get() + " edition; build each edition into a folder of its own");
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "This folder is written by aimsbook; it may replace what it wrote here.\n"
                + EDITION + edition + "\n", StandardCharsets.UTF_8);
    }

    /** The edition a marked folder holds, if its marker records one. */
    private static Optional<String> edition(Path out) throws IOException {
        return Files.readAllLines(out.resolve(MARKER), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(EDITION))
                .map(line -> line.substring(EDITION.length()).strip())
                .findFirst();
    }

    /** Writes a file by writing a sibling and moving it into place, so readers never see half of it. */
    static void writeAtomically(Path file, String text) throws IOException {
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} by {@code staged}: the old folder is moved aside first, then deleted. */
    static void swap(Path staged, Path target) throws IOException {
        Path old = target.resolveSibling(REPLACED + target.getFileName());
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /**
     * Puts back what a build killed half-way through a {@link #swap} left aside: a folder moved
     * away whose replacement never arrived (the version, or {@code latest/}, would be missing
     * until it was built again) is moved back; one whose replacement did arrive is deleted.
     */
    static void recover(Path out) throws IOException {
        List<Path> aside;
        try (Stream<Path> entries = Files.list(out)) {
            aside = entries.filter(entry -> entry.getFileName().toString().startsWith(REPLACED)).sorted().toList();
        }
        for (Path old : aside) {
            Path target = old.resolveSibling(old.getFileName().toString().substring(REPLACED.length()));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(old);
            } else {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Deletes a folder aimsbook made inside a claimed output folder. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Copies a folder tree. */
    static void copyTree(Path from, Path to) throws IOException {
        mirror(from, to, false);
    }

    /**
     * Makes {@code to} hold the files of {@code from} as hard links, falling back to copies where
     * the file system cannot link; used to make {@code latest/} from the newest version. A
     * published file is never changed in place (a build stages a new version and swaps it in),
     * so the two names of a file cannot drift apart; and linking a 1,000-document site took a
     * fifth of a second here where copying it took three (docs/benchmarks.md).
     */
    static void linkTree(Path from, Path to) throws IOException {
        mirror(from, to, true);
    }

    private static void mirror(Path from, Path to, boolean link) throws IOException {
        boolean linking = link;
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                    continue;
                }
                if (linking) {
                    try {
                        Files.createLink(target, path);
                        continue;
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        linking = false;
                    }
                }
                Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
