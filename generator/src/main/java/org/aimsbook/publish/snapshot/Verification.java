package org.aimsbook.publish.snapshot;

import java.util.List;

/**
 * What re-hashing a snapshot found.
 *
 * @param manifest what the snapshot says it holds
 * @param archiveSha256 the archive's own SHA-256, to compare with the one handed over
 * @param manifestSha256 the manifest's own SHA-256: whoever alters files can also rewrite the
 *                       manifest, so only a digest handed over separately settles it
 * @param added entries the manifest does not list
 * @param missing files the manifest lists that the archive lacks
 * @param altered entries whose SHA-256 differs from the manifest's, or that appear twice
 */
public record Verification(Manifest manifest, String archiveSha256, String manifestSha256, List<String> added, List<String> missing,
        List<String> altered) {

    public Verification {
        added = List.copyOf(added);
        missing = List.copyOf(missing);
        altered = List.copyOf(altered);
    }

    /** Whether every file is there, unaltered, and nothing was added. */
    public boolean intact() {
        return added.isEmpty() && missing.isEmpty() && altered.isEmpty();
    }
}
