package org.aimsbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a snapshot.
 *
 * @param build the build it rests on (maybe an earlier one, reused); a build with errors is not archived
 * @param archive the archive written, absent when the build published nothing
 * @param files how many files the archive holds besides its manifest
 * @param sha256 the archive's SHA-256, to hand over separately; empty without an archive
 */
public record SnapshotReport(BuildReport build, Optional<Path> archive, int files, String sha256) {

    /** Whether the version was already built from the same inputs and was archived as it was. */
    public boolean reused() {
        return build.reused();
    }

    /**
     * What the faces print below the diagnostics: the build's outcome (or its reuse), then the
     * archive and its SHA-256.
     *
     * @param options the options the version was built (or would have been built) with
     */
    public List<String> outcome(BuildOptions options) {
        List<String> lines = new ArrayList<>(build.outcome(options));
        archive.ifPresent(written -> {
            lines.add("archived " + files + " files in " + written);
            lines.add("sha256 " + sha256 + "  " + written.getFileName()
                    + "  (hand this over separately, so the archive can be checked against it)");
        });
        return lines;
    }
}
