package org.aimsbook;

import java.nio.file.Path;

/**
 * How to snapshot a version for auditors.
 *
 * @param build how to build the version first (its site goes into {@code build.out()} as usual)
 * @param archives the folder the archive is written to
 */
public record SnapshotOptions(BuildOptions build, Path archives) {
}
