package org.aimsbook.load;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Suggestions;
import org.aimsbook.model.BuildOutput;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Position;

/**
 * Finds the document files of a content folder. Names starting with {@code _} or {@code .} are
 * not documents (partials, schemas, editor files), nor is the {@link BuildOutput} at the top;
 * links are followed only while they stay inside the folder.
 */
final class ContentFiles {

    /** A YAML or AsciiDoc file placed where a document type lives. */
    record Placed(Path path, String file, DocumentType type) {

        /** The path without its extension: a YAML file and its AsciiDoc sibling share it. */
        String stem() {
            return file.substring(0, file.lastIndexOf('.'));
        }

        /** Extensions are matched in any case, here as when the file was found. */
        boolean yaml() {
            return !file.toLowerCase(Locale.ROOT).endsWith(".adoc");
        }
    }

    private ContentFiles() {
    }

    /**
     * @param root the content folder as a real path
     * @throws FileSystemException when the folder holds more document files than {@link ContentLimits} allows
     */
    static List<Placed> scan(Path root, Diagnostics.Builder out) throws IOException {
        List<Placed> placed = new ArrayList<>();
        int[] documents = {0};
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (ignored(dir) || BuildOutput.holds(root.relativize(dir)) || !inside(dir, root, out)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) throws IOException {
                if (!ignored(path) && document(path) && ++documents[0] > ContentLimits.MAX_DOCUMENT_FILES) {
                    throw new FileSystemException(root.toString(), null, "holds more than "
                            + String.format(Locale.ROOT, "%,d", ContentLimits.MAX_DOCUMENT_FILES)
                            + " YAML and AsciiDoc files, more than aimsbook reads; split the handbook, or prefix files"
                            + " that are not documents with _");
                }
                if (!ignored(path) && document(path) && inside(path, root, out)) {
                    place(root, path, out).ifPresent(placed::add);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
                String why = e instanceof FileSystemLoopException ? "links form a loop here" : "cannot be read: " + e.getMessage();
                out.report(Rule.FILE_UNREADABLE, Position.startOf(relative(root, path)), why, null);
                return FileVisitResult.CONTINUE;
            }
        });
        placed.sort((a, b) -> a.file().compareTo(b.file()));
        return placed;
    }

    private static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".");
    }

    private static boolean document(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".adoc");
    }

    private static boolean inside(Path path, Path root, Diagnostics.Builder out) throws IOException {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException e) {
            out.report(Rule.FILE_UNREADABLE, Position.startOf(relative(root, path)), "link leads nowhere: " + e.getMessage(), null);
            return false;
        }
        if (target.startsWith(root)) {
            return true;
        }
        out.report(Rule.FILE_OUTSIDE, Position.startOf(relative(root, path)), "link leads outside the content folder, to " + target,
                "content is read only from inside its folder; copy the file in instead of linking to it");
        return false;
    }

    private static Optional<Placed> place(Path root, Path path, Diagnostics.Builder out) {
        String file = relative(root, path);
        int slash = file.indexOf('/');
        String stem = file.substring(0, file.lastIndexOf('.'));
        Optional<DocumentType> type = slash < 0
                ? DocumentType.ofPlace(stem + ".yaml").filter(DocumentType::single)
                : DocumentType.ofPlace(file.substring(0, slash)).filter(t -> !t.single());
        if (type.isEmpty()) {
            List<String> places = Arrays.stream(DocumentType.values())
                    .filter(t -> t.single() == (slash < 0))
                    .map(DocumentType::place)
                    .toList();
            String written = slash < 0 ? file : file.substring(0, slash);
            String hint = Suggestions.closest(written, places)
                    .map(place -> "did you mean `" + place + "`?")
                    .orElse("documents live in " + String.join(", ", places) + "; prefix a file with _ to keep it out of the handbook");
            out.report(Rule.FILE_UNPLACED, Position.startOf(file), "file is in no content folder, so it is not read", hint);
            return Optional.empty();
        }
        return Optional.of(new Placed(path, file, type.get()));
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
