package org.aimsbook;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The outcome of a snapshot.
 *
 * @param build the build it rests on; a build with errors is not archived
 * @param reused whether the version was already built from the same inputs and was archived as it was
 * @param archive the archive written, absent when the build published nothing
 * @param files how many files the archive holds besides its manifest
 * @param sha256 the archive's SHA-256, to hand over separately; empty without an archive
 */
public record SnapshotReport(BuildReport build, boolean reused, Optional<Path> archive, int files, String sha256) {
}
