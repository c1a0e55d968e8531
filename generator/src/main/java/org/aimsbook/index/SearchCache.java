package org.aimsbook.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.lucene.util.IOUtils;

/**
 * Where the Lucene index of each published version is kept for {@code aimsbook search} and the
 * preview: beside the output folder, never in it (static hosts would publish it) and never in
 * the content.
 *
 * <pre>target/handbook/1.0/…  →  target/.aimsbook-cache/handbook/search/1.0/</pre>
 */
public final class SearchCache {
    private final Path folder;

    private SearchCache(Path folder) {
        this.folder = folder;
    }

    /** The cache of an output folder. */
    public static SearchCache of(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        return new SearchCache(parent.resolve(".aimsbook-cache").resolve(absolute.getFileName() + "").resolve("search"));
    }

    /** An empty folder to index a version into; kept only by {@link #keep}. */
    public Path building(String version) throws IOException {
        Path building = folder.resolve(".building-" + version);
        IOUtils.rm(building);
        Files.createDirectories(building);
        return building;
    }

    /** Makes the index just built the version's index, replacing an older one. */
    public void keep(String version) throws IOException {
        Path index = folder.resolve(version);
        IOUtils.rm(index);
        Files.move(folder.resolve(".building-" + version), index, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops a build that did not publish. */
    public void discard(String version) throws IOException {
        IOUtils.rm(folder.resolve(".building-" + version));
    }

    /** The index of a published version, if it was built here. */
    public Optional<Path> index(String version) {
        Path index = folder.resolve(version);
        return Files.isDirectory(index) ? Optional.of(index) : Optional.empty();
    }
}
