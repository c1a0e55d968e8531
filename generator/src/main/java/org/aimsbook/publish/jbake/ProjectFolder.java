package org.aimsbook.publish.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.aimsbook.model.BuildOutput;
import org.apache.lucene.util.IOUtils;

/**
 * The folder a JBake project is exported into. Like the site's output folder, it is marked
 * when aimsbook writes it, and only a marked or empty folder is replaced: a mistyped
 * {@code -o} never deletes anything else. The project is staged beside it and swapped in
 * whole, so a failed export leaves the previous one, or nothing, in its place.
 */
final class ProjectFolder {
    static final String MARKER = ".aimsbook-jbake";

    private final Path out;

    private ProjectFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /**
     * @throws IOException when {@code out} is a file, holds files aimsbook did not write, or
     *                     overlaps the content folder other than in its {@link BuildOutput}
     */
    static ProjectFolder claim(Path out, Path content) throws IOException {
        ProjectFolder folder = new ProjectFolder(out);
        Path realContent = content.toRealPath();
        Path real = folder.real();
        if ((real.startsWith(realContent) && !BuildOutput.holds(realContent.relativize(real))) || realContent.startsWith(real)) {
            throw new IOException("refusing to export to " + out + ": it overlaps the content folder " + content);
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IOException("refusing to export to " + out + ": it is a file");
            }
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent() && !Files.exists(out.resolve(MARKER))) {
                    throw new IOException("refusing to export to " + out
                            + ": it holds files aimsbook did not write; choose an empty or new folder");
                }
            }
        }
        return folder;
    }

    /** Where the folder really is: links resolved as far as the folders exist. */
    private Path real() throws IOException {
        Path existing = out;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? out : existing.toRealPath().resolve(existing.relativize(out));
    }

    /** A scratch folder beside the project, on the same file system so that moving out of it is a rename. */
    Path work() throws IOException {
        Path work = out.resolveSibling("." + out.getFileName() + ".exporting");
        IOUtils.rm(work);
        return Files.createDirectories(work);
    }

    /** Marks a complete project and puts it in the place of the previous one. */
    void replaceWith(Path project) throws IOException {
        Files.writeString(project.resolve(MARKER), "This folder is written by aimsbook export jbake; it may replace it whole.\n",
                StandardCharsets.UTF_8);
        Path old = out.resolveSibling("." + out.getFileName() + ".replaced");
        IOUtils.rm(old);
        if (Files.exists(out)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(project, out, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.rm(old);
    }
}
