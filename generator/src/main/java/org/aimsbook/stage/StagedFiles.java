package org.aimsbook.stage;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Writes the files of a version being staged. Where the version it will replace holds a file at
 * the same place with the same bytes, the staged file becomes a hard link to that file instead
 * of a new one: on this project's machines creating a file costs about a millisecond, reading
 * or linking one a fiftieth of that (docs/benchmarks.md), and a rebuild after a small change
 * writes mostly the same pages again. Published files are never changed in place, so sharing
 * them is safe; where the file system cannot link, the file is written.
 */
public final class StagedFiles implements SiteFiles {
    private final Path folder;
    private final Optional<Path> replaced;

    /**
     * @param folder the empty stage the version is written into
     * @param replaced the published folder of the same version, if there is one
     */
    public StagedFiles(Path folder, Optional<Path> replaced) {
        this.folder = folder;
        this.replaced = replaced;
    }

    /** A stage with nothing to share files with. */
    public static StagedFiles fresh(Path folder) {
        return new StagedFiles(folder, Optional.empty());
    }

    /** The stage's folder. */
    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public void write(String relative, byte[] bytes) throws IOException {
        Path target = folder.resolve(relative);
        Files.createDirectories(target.getParent());
        if (replaced.isPresent()) {
            Path earlier = replaced.get().resolve(relative);
            // Only a plain file: a link planted in the output must not be taken into the new version.
            if (Files.isRegularFile(earlier, LinkOption.NOFOLLOW_LINKS) && Files.size(earlier) == bytes.length
                    && Arrays.equals(Files.readAllBytes(earlier), bytes)) {
                try {
                    Files.createLink(target, earlier);
                    return;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    // Written below, as if nothing could be shared.
                }
            }
        }
        Files.write(target, bytes);
    }
}
