package org.aimsbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a snapshot.
 *
 * @param build the build it rests on; a build with errors is not archived
 * @param archive the archive written, absent when the build published nothing
 * @param files how many files the archive holds besides its manifest
 * @param sha256 the archive's SHA-256, to hand over separately; empty without an archive
 */
public record SnapshotReport(BuildReport build, Optional<Path> archive, int files, String sha256) {

    /** What the faces print below the build's outcome: the archive and its SHA-256; nothing without an archive. */
    public List<String> outcome() {
        return archive.map(written -> List.of("archived " + files + " files in " + written,
                "sha256 " + sha256 + "  " + written.getFileName()
                        + "  (hand this over separately, so the archive can be checked against it)"))
                .orElse(List.of());
    }
}
