package org.aimsbook;

import java.util.Optional;
import org.aimsbook.publish.Published;

/**
 * The outcome of a build: the check, and what was published when the check passed.
 *
 * @param check the diagnostics; a build with errors publishes nothing
 * @param published the published version, absent when the check failed
 * @param pages how many pages the version has
 */
public record BuildReport(CheckReport check, Optional<Published> published, int pages) {
}
